using EMnr.Core.Screening;

namespace EMnr.Web.Features.Screening;

/// <summary>One indicator of the guide, with labels in the three languages.</summary>
public sealed record IndicatorResponse(string Code, string List, string Dimension, string Strength, string LabelFr, string LabelAr, string LabelEn)
{
    public static IndicatorResponse From(Indicator i) =>
        new(i.Code, i.List.ToString(), i.Dimension.ToString(), i.Strength.ToString(), i.LabelFr, i.LabelAr, i.LabelEn);
}

public sealed record IndicatorGuideResponse(string Version, DateOnly PublishedOn, IReadOnlyList<IndicatorResponse> Indicators);

/// <summary>Indicators observed for one person, and whether the officer agrees with the computed suggestion.</summary>
public sealed record ScreeningRequest
{
    /// <summary>AdultLabour, AdultSexual, ChildLabour or ChildSexual.</summary>
    public string? List { get; init; }

    public IReadOnlyList<TickedIndicatorRequest>? Indicators { get; init; }

    /// <summary>False overrides the suggestion; a reason is then required.</summary>
    public bool AgreesWithSuggestion { get; init; } = true;

    public string? OverrideReason { get; init; }
}

public sealed record TickedIndicatorRequest(string? Code, string? Note);

/// <summary>A stored screening: the suggestion with its reasons, and the officer's conclusion.</summary>
public sealed record ScreeningResponse(
    Guid Id,
    Guid ReportId,
    Guid PersonId,
    string GuideVersion,
    string List,
    bool IsChildAtTimeOfFacts,
    string SuggestedOutcome,
    bool AgreesWithSuggestion,
    string ConcludedOutcome,
    string? OverrideReason,
    IReadOnlyList<DimensionResponse> Dimensions,
    IReadOnlyList<string> Reasons,
    DateTimeOffset ScreenedAt);

public sealed record DimensionResponse(string Dimension, bool Present, int Strong, int Medium, int Weak);

/// <summary>An identification decision to record. Send the person's ETag in If-Match.</summary>
public sealed record DecisionRequest
{
    public Guid? ReportId { get; init; }

    /// <summary>PotentialVictim, PresumedVictim (reasonable grounds), IdentifiedVictim (conclusive grounds) or NotAVictim.</summary>
    public string? Outcome { get; init; }

    public string? Reason { get; init; }

    public Guid? ScreeningId { get; init; }
}

public sealed record DecisionResponse(Guid Id, Guid PersonId, Guid ReportId, Guid? ScreeningId, string Outcome, string Reason, Guid DecidedBy, DateTimeOffset DecidedAt);
