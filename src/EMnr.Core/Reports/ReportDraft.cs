namespace EMnr.Core.Reports;

/// <summary>A report as submitted by a page or an API client. Codes are strings so that unknown values become field errors.</summary>
public sealed record ReportDraft
{
    public Guid? CommunicationId { get; init; }

    public string? Source { get; init; }

    public string? ProvinceCode { get; init; }

    public string? Commune { get; init; }

    public DateOnly? FactsFrom { get; init; }

    public DateOnly? FactsTo { get; init; }

    public string? Narrative { get; init; }

    public IReadOnlyList<string> ExploitationForms { get; init; } = [];

    public string? IndicatorsObserved { get; init; }

    public string? PerpetratorsDescription { get; init; }

    public string? Priority { get; init; }

    public Guid? CrisisId { get; init; }
}
