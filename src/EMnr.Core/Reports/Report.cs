namespace EMnr.Core.Reports;

/// <summary>A suspicion of trafficking (signalement) that needs assessment.</summary>
public sealed class Report
{
    public const int NarrativeMaxLength = 10_000;

    public Guid Id { get; set; }

    /// <summary>Yearly reference such as <c>EMNR-2023-00034</c>, without gaps within a year.</summary>
    public string Reference { get; set; } = "";

    public int Year { get; set; }

    public int Sequence { get; set; }

    public ReportSource Source { get; set; }

    /// <summary>Communication the report was opened from, if any.</summary>
    public Guid? CommunicationId { get; set; }

    public string? ProvinceCode { get; set; }

    public string? Commune { get; set; }

    /// <summary>First local day of the facts.</summary>
    public DateOnly? FactsFrom { get; set; }

    /// <summary>Last local day of the facts, when they span a period.</summary>
    public DateOnly? FactsTo { get; set; }

    public string Narrative { get; set; } = "";

    public List<ExploitationForm> ExploitationForms { get; set; } = [];

    public string? IndicatorsObserved { get; set; }

    public string? PerpetratorsDescription { get; set; }

    public ReportPriority Priority { get; set; }

    public ReportStatus Status { get; set; }

    public string? ClosedReason { get; set; }

    public Guid? CrisisId { get; set; }

    public Guid? AssignedReviewerId { get; set; }

    /// <summary>Institution that created the report; it owns the record.</summary>
    public Guid InstitutionId { get; set; }

    public Guid CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Time the retention job erased the narrative and descriptions, or null while they are kept.</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    public uint Version { get; set; }

    public List<ReportPerson> Persons { get; set; } = [];
}

/// <summary>Link between a report and a potential victim in it.</summary>
public sealed class ReportPerson
{
    public Guid ReportId { get; set; }

    public Guid PersonId { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}

/// <summary>One status change of a report, with who made it and why.</summary>
public sealed class ReportStatusChange
{
    public long Id { get; set; }

    public Guid ReportId { get; set; }

    public ReportStatus? From { get; set; }

    public ReportStatus To { get; set; }

    public string? Reason { get; set; }

    public Guid ChangedBy { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}

/// <summary>Last reference number issued per year; its row lock serialises concurrent creations.</summary>
public sealed class ReportCounter
{
    public int Year { get; set; }

    public int LastSequence { get; set; }
}
