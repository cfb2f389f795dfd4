using EMnr.Core.Persons;

namespace EMnr.Core.Screening;

/// <summary>A stored indicator screening of one person in one report, with the officer's agreement or override.</summary>
public sealed class ScreeningRecord
{
    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>Guide version the indicators were ticked against; later guide versions do not change it.</summary>
    public string GuideVersion { get; set; } = "";

    public IndicatorList List { get; set; }

    public List<TickedIndicator> Ticked { get; set; } = [];

    public bool IsChildAtTimeOfFacts { get; set; }

    public ScreeningOutcome SuggestedOutcome { get; set; }

    /// <summary>True when the officer agreed with the suggestion; false when they overrode it.</summary>
    public bool AgreesWithSuggestion { get; set; }

    /// <summary>The officer's conclusion: the suggestion, or the opposite when overridden.</summary>
    public ScreeningOutcome ConcludedOutcome { get; set; }

    public string? OverrideReason { get; set; }

    public Guid ScreenedBy { get; set; }

    public DateTimeOffset ScreenedAt { get; set; }
}

/// <summary>One indicator observed, with the officer's note.</summary>
public sealed record TickedIndicator(string Code, string? Note);

/// <summary>An identification decision on one person, taken by a Commission reviewer.</summary>
public sealed class IdentificationDecision
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public Guid ReportId { get; set; }

    public Guid? ScreeningId { get; set; }

    public IdentificationStatus Outcome { get; set; }

    public string Reason { get; set; } = "";

    public Guid DecidedBy { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}
