namespace EMnr.Core.Screening;

/// <summary>Groups of dimensions that the screening rule combines.</summary>
public static class ScreeningDimensions
{
    /// <summary>Dimensions of which an adult or a child needs at least one.</summary>
    public static readonly IReadOnlyList<ScreeningDimension> Recruitment =
    [
        ScreeningDimension.DeceptiveRecruitment,
        ScreeningDimension.CoerciveRecruitment,
        ScreeningDimension.RecruitmentByAbuseOfVulnerability,
    ];

    /// <summary>Dimensions of which an adult needs at least one and a child none.</summary>
    public static readonly IReadOnlyList<ScreeningDimension> AtDestination =
    [
        ScreeningDimension.CoercionAtDestination,
        ScreeningDimension.AbuseOfVulnerabilityAtDestination,
    ];

    /// <summary>Two-letter abbreviation used in indicator codes, such as "DR" in "AL-DR-01".</summary>
    public static string CodeAbbreviation(this ScreeningDimension dimension) => dimension switch
    {
        ScreeningDimension.DeceptiveRecruitment => "DR",
        ScreeningDimension.CoerciveRecruitment => "CR",
        ScreeningDimension.RecruitmentByAbuseOfVulnerability => "VR",
        ScreeningDimension.ExploitativeConditions => "EX",
        ScreeningDimension.CoercionAtDestination => "CD",
        ScreeningDimension.AbuseOfVulnerabilityAtDestination => "VD",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown screening dimension."),
    };
}
