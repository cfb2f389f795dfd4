namespace EMnr.Core.Communications;

/// <summary>One correction of a communication: who changed which fields, and when.</summary>
public sealed class CommunicationRevision
{
    public long Id { get; set; }

    public Guid CommunicationId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public Guid ChangedBy { get; set; }

    /// <summary>Changed fields with their previous and new values, as JSON.</summary>
    public required List<FieldChange> Changes { get; set; }
}

/// <summary>Previous and new value of one field.</summary>
public sealed record FieldChange(string Field, string? From, string? To);
