namespace EMnr.Core.Screening;

/// <summary>
/// One of the six dimensions of the trafficking definition that the ILO/EC 2009 indicators measure:
/// three ways of recruiting, the exploitation, and two ways of keeping the person at destination.
/// </summary>
public enum ScreeningDimension
{
    DeceptiveRecruitment,
    CoerciveRecruitment,
    RecruitmentByAbuseOfVulnerability,
    ExploitativeConditions,
    CoercionAtDestination,
    AbuseOfVulnerabilityAtDestination,
}
