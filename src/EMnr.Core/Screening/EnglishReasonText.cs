using static EMnr.Core.Screening.ScreeningReasonCode;

namespace EMnr.Core.Screening;

internal static class EnglishReasonText
{
    private const string Threshold =
        "at least 2 strong, 1 strong and 1 medium or weak, 3 medium, or 2 medium and 1 weak are needed";

    private const string OfficerDecides = "An officer must review it and decide.";

    /// <summary>Renders a reason whose dimension, for a dimension reason, the caller has checked.</summary>
    public static string Render(ScreeningReason reason) => reason.Code switch
    {
        DimensionPresent or DimensionAbsent => RenderDimension(reason, reason.Dimension!.Value),
        NoRecruitmentDimension =>
            "No recruitment dimension is present (deceptive, coercive or by abuse of vulnerability).",
        NoExploitativeConditions => "Exploitative conditions are not present.",
        NoCoercionOrAbuseAtDestination =>
            "Neither coercion nor abuse of vulnerability at destination is present, but an adult needs one of them.",
        DestinationNotRequiredForChild =>
            "The person was a child at the time of the facts, so coercion and abuse of vulnerability at destination are not required.",
        AdultRuleMet =>
            "Positive suggestion: a recruitment dimension, exploitative conditions, and coercion or abuse of vulnerability at destination are present. " + OfficerDecides,
        ChildRuleMet =>
            "Positive suggestion: a recruitment dimension and exploitative conditions are present. " + OfficerDecides,
        RuleNotMet =>
            "Negative suggestion: the ticked indicators do not meet the rule that combines the dimensions. This does not rule out trafficking. " + OfficerDecides,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.Code, "Unknown screening reason."),
    };

    private static string RenderDimension(ScreeningReason reason, ScreeningDimension dimension)
    {
        var name = Name(dimension);
        if (reason.Code == DimensionPresent)
        {
            return $"{name} present: {Counts(reason)}.";
        }

        return ScreeningReasonText.NonZeroCounts(reason).Count == 0
            ? $"{name} absent: no indicator ticked."
            : $"{name} absent: {Counts(reason)}, which is not enough ({Threshold}).";
    }

    private static string Name(ScreeningDimension dimension) => dimension switch
    {
        ScreeningDimension.DeceptiveRecruitment => "Deceptive recruitment",
        ScreeningDimension.CoerciveRecruitment => "Coercive recruitment",
        ScreeningDimension.RecruitmentByAbuseOfVulnerability => "Recruitment by abuse of vulnerability",
        ScreeningDimension.ExploitativeConditions => "Exploitative conditions",
        ScreeningDimension.CoercionAtDestination => "Coercion at destination",
        ScreeningDimension.AbuseOfVulnerabilityAtDestination => "Abuse of vulnerability at destination",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown screening dimension."),
    };

    /// <summary>Returns counts such as "2 strong indicators, 1 medium and 1 weak".</summary>
    private static string Counts(ScreeningReason reason)
    {
        var phrases = new List<string>();
        foreach (var (count, strength) in ScreeningReasonText.NonZeroCounts(reason))
        {
            var adjective = strength.ToString().ToLowerInvariant();
            phrases.Add(phrases.Count == 0
                ? $"{count} {adjective} indicator{(count > 1 ? "s" : "")}"
                : $"{count} {adjective}");
        }

        return ScreeningReasonText.Join(phrases, ", ", " and ");
    }
}
