using EMnr.Core.Crises;
using EMnr.Core.Geography;
using EMnr.Core.Institutions;

namespace EMnr.Core.Communications;

/// <summary>One contact with the reporting line or another intake channel.</summary>
public sealed class Communication
{
    public const int SummaryMaxLength = 4000;

    public Guid Id { get; set; }

    /// <summary>Instant the contact began, in UTC.</summary>
    public DateTimeOffset ReceivedAt { get; set; }

    public Channel Channel { get; set; }

    public ContactLanguage Language { get; set; }

    public CallerType CallerType { get; set; }

    public CommunicationCategory Category { get; set; }

    /// <summary>Where the call was redirected; set exactly when the category is a redirection.</summary>
    public RedirectDestination? RedirectedTo { get; set; }

    public string? ProvinceCode { get; set; }

    public Province? Province { get; set; }

    public Guid? CrisisId { get; set; }

    public Crisis? Crisis { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>Summary folded for accent- and letter-variant-insensitive search.</summary>
    public string SummarySearch { get; set; } = "";

    /// <summary>Institution that recorded the communication; it owns the record.</summary>
    public Guid InstitutionId { get; set; }

    public Institution? Institution { get; set; }

    /// <summary>Account that recorded the communication.</summary>
    public Guid OperatorId { get; set; }

    /// <summary>Report opened from this communication, once one exists.</summary>
    public Guid? ReportId { get; set; }

    /// <summary>Fingerprint of an imported row, so that importing a file twice adds nothing.</summary>
    public string? ImportKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? UpdatedAt { get; set; }

    /// <summary>Time the retention job erased the summary, or null while it is kept.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    /// <summary>Row version (PostgreSQL <c>xmin</c>) for optimistic concurrency.</summary>
    public uint Version { get; set; }

    public bool IsRedirection => Category == CommunicationCategory.OtherOffenceRedirected;
}
