using EMnr.Core.Communications;

namespace EMnr.Core.Persons;

/// <summary>
/// One correction of a person's identity on request (Law 09-08): the changed fields with their
/// previous and new values, who made it and why. Only Commission reviewers read this history.
/// </summary>
public sealed class PersonCorrection
{
    public const int ReasonMaxLength = 1000;

    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public DateTimeOffset CorrectedAt { get; set; }

    public Guid CorrectedBy { get; set; }

    public string Reason { get; set; } = "";

    public required List<FieldChange> Changes { get; set; }
}
