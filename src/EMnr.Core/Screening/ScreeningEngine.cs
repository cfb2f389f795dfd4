namespace EMnr.Core.Screening;

/// <summary>
/// Applies the ILO/EC 2009 screening rule to the indicators ticked for one person. The rule is the operational
/// form of the Palermo Protocol (art. 3) and of Penal Code art. 448-1 (Law 27-14): an act of recruitment, a
/// means and a purpose of exploitation, where a child needs no means.
/// </summary>
/// <remarks>
/// <para>Adult: at least one recruitment dimension (deceptive, coercive or by abuse of vulnerability), and
/// exploitative conditions, and coercion or abuse of vulnerability at destination.</para>
/// <para>Child, under 18 at the time of the facts: at least one recruitment dimension, and exploitative
/// conditions. Coercion and abuse of vulnerability at destination are assessed and reported but not required.
/// The recruitment dimensions stay required because the ILO/EC rule takes them as the evidence of the act of
/// recruitment. A child with exploitative conditions but no recruitment dimension therefore screens negative,
/// and the reasons state that no recruitment dimension is present.</para>
/// </remarks>
public static class ScreeningEngine
{
    /// <summary>
    /// Screens the codes ticked in one list of a guide version. Codes are matched without regard to case.
    /// </summary>
    /// <returns>
    /// A suggestion, or every error found: an empty or unknown code, a code of another list, a repeated code, or
    /// a list meant for another age than the person's at the time of the facts.
    /// </returns>
    public static ScreeningResult Screen(
        IndicatorGuideVersion guide, IndicatorList list, IEnumerable<string?> tickedCodes, bool isChildAtTimeOfFacts)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(tickedCodes);
        if (!Enum.IsDefined(list))
        {
            throw new ArgumentOutOfRangeException(nameof(list), list, "Unknown indicator list.");
        }

        var (ticked, errors) = ScreeningRequestValidator.Validate(guide, list, tickedCodes, isChildAtTimeOfFacts);
        if (errors.Count > 0)
        {
            return ScreeningResult.Failure(errors);
        }

        var dimensions = Enum.GetValues<ScreeningDimension>().Select(d => Assess(d, ticked)).ToList();
        var present = dimensions.Where(d => d.IsPresent).Select(d => d.Dimension).ToHashSet();
        var hasRecruitment = ScreeningDimensions.Recruitment.Any(present.Contains);
        var hasExploitation = present.Contains(ScreeningDimension.ExploitativeConditions);
        var hasDestinationMeans = ScreeningDimensions.AtDestination.Any(present.Contains);

        var isPositive = hasRecruitment && hasExploitation && (isChildAtTimeOfFacts || hasDestinationMeans);

        var reasons = dimensions.Select(d => d.Reason).ToList();
        if (!hasRecruitment)
        {
            reasons.Add(new(ScreeningReasonCode.NoRecruitmentDimension));
        }

        if (!hasExploitation)
        {
            reasons.Add(new(ScreeningReasonCode.NoExploitativeConditions));
        }

        if (isChildAtTimeOfFacts)
        {
            reasons.Add(new(ScreeningReasonCode.DestinationNotRequiredForChild));
        }
        else if (!hasDestinationMeans)
        {
            reasons.Add(new(ScreeningReasonCode.NoCoercionOrAbuseAtDestination));
        }

        reasons.Add(new(ConclusionCode(isPositive, isChildAtTimeOfFacts)));

        return ScreeningResult.Success(new ScreeningSuggestion(
            guide.Version,
            list,
            isChildAtTimeOfFacts,
            ticked,
            dimensions,
            isPositive ? ScreeningOutcome.Positive : ScreeningOutcome.Negative,
            reasons));
    }

    private static DimensionAssessment Assess(ScreeningDimension dimension, IReadOnlyList<Indicator> ticked)
    {
        var inDimension = ticked.Where(i => i.Dimension == dimension).ToList();
        var strong = inDimension.Count(i => i.Strength == IndicatorStrength.Strong);
        var medium = inDimension.Count(i => i.Strength == IndicatorStrength.Medium);
        var weak = inDimension.Count(i => i.Strength == IndicatorStrength.Weak);
        return new DimensionAssessment(dimension, strong, medium, weak, DimensionRule.IsPresent(strong, medium, weak));
    }

    private static ScreeningReasonCode ConclusionCode(bool isPositive, bool isChildAtTimeOfFacts) =>
        (isPositive, isChildAtTimeOfFacts) switch
        {
            (false, _) => ScreeningReasonCode.RuleNotMet,
            (true, true) => ScreeningReasonCode.ChildRuleMet,
            (true, false) => ScreeningReasonCode.AdultRuleMet,
        };
}
