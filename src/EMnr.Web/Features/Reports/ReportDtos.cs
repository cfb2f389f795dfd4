using EMnr.Core.Reports;

namespace EMnr.Web.Features.Reports;

/// <summary>A report as returned by the API. Persons appear by pseudonymous code only.</summary>
public sealed record ReportResponse(
    Guid Id,
    string Reference,
    string Source,
    Guid? CommunicationId,
    string? ProvinceCode,
    string? Commune,
    DateOnly? FactsFrom,
    DateOnly? FactsTo,
    string Narrative,
    IReadOnlyList<string> ExploitationForms,
    string? IndicatorsObserved,
    string? PerpetratorsDescription,
    string Priority,
    string Status,
    string? ClosedReason,
    Guid? CrisisId,
    Guid? AssignedReviewerId,
    Guid InstitutionId,
    DateTimeOffset CreatedAt,
    string Version)
{
    public static ReportResponse From(Report r) => new(
        r.Id, r.Reference, r.Source.ToString(), r.CommunicationId, r.ProvinceCode, r.Commune, r.FactsFrom, r.FactsTo,
        r.Narrative, r.ExploitationForms.Select(f => f.ToString()).ToList(), r.IndicatorsObserved, r.PerpetratorsDescription,
        r.Priority.ToString(), r.Status.ToString(), r.ClosedReason, r.CrisisId, r.AssignedReviewerId, r.InstitutionId,
        r.CreatedAt, r.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
}

/// <summary>A report to create. Codes are listed at <c>GET /api/v1/reference-data</c>.</summary>
public sealed record ReportRequest
{
    /// <summary>Communication the report is opened from; it must be suspected trafficking and have no report yet.</summary>
    public Guid? CommunicationId { get; init; }

    public string? Source { get; init; }

    public string? ProvinceCode { get; init; }

    public string? Commune { get; init; }

    public DateOnly? FactsFrom { get; init; }

    public DateOnly? FactsTo { get; init; }

    public string? Narrative { get; init; }

    public IReadOnlyList<string>? ExploitationForms { get; init; }

    public string? IndicatorsObserved { get; init; }

    public string? PerpetratorsDescription { get; init; }

    /// <summary>Normal or Urgent; a report about a child becomes urgent whatever is sent.</summary>
    public string? Priority { get; init; }

    public Guid? CrisisId { get; init; }

    public ReportDraft ToDraft() => new()
    {
        CommunicationId = CommunicationId,
        Source = Source,
        ProvinceCode = ProvinceCode,
        Commune = Commune,
        FactsFrom = FactsFrom,
        FactsTo = FactsTo,
        Narrative = Narrative,
        ExploitationForms = ExploitationForms ?? [],
        IndicatorsObserved = IndicatorsObserved,
        PerpetratorsDescription = PerpetratorsDescription,
        Priority = Priority,
        CrisisId = CrisisId,
    };
}

/// <summary>A report in a list.</summary>
public sealed record ReportSummary(
    Guid Id, string Reference, string Status, string Priority, string? ProvinceCode, Guid? CrisisId,
    Guid? AssignedReviewerId, DateTimeOffset CreatedAt, int PersonCount);

public sealed record ReportPageResponse(IReadOnlyList<ReportSummary> Items, string? NextCursor, int Total, bool TotalIsExact);

/// <summary>The Commission reviewer to assign, or null to clear the assignment.</summary>
public sealed record AssignmentRequest(Guid? ReviewerId);

/// <summary>A requested status change; closing needs a reason.</summary>
public sealed record ReportStatusRequest(string? Status, string? Reason);
