namespace EMnr.Core.Reports;

/// <summary>Where a report came from.</summary>
public enum ReportSource
{
    ReportingLine,
    Institution,
    Commission,
    OnlineForm,
    SocialMediaMonitoring,
}

/// <summary>Workflow state of a report.</summary>
public enum ReportStatus
{
    New,
    UnderAssessment,
    Referred,
    Closed,
}

public enum ReportPriority
{
    Normal,
    Urgent,
}

/// <summary>Forms of exploitation recorded under Moroccan law (Penal Code art. 448-1).</summary>
public enum ExploitationForm
{
    SexualExploitation,
    ForcedLabour,
    DomesticServitude,
    ForcedBegging,
    SlaveryOrSimilarPractices,
    OrganRemoval,
    MedicalExperiments,
    ForcedCriminalActivity,
    ArmedConflict,
}
