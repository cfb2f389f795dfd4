namespace EMnr.Core.Screening;

/// <summary>
/// The outcome that the ticked indicators suggest for one person, with the assessment of each dimension and
/// the reasons in the order to show them. It is a suggestion for an officer, never a decision.
/// </summary>
public sealed record ScreeningSuggestion(
    string GuideVersion,
    IndicatorList List,
    bool IsChildAtTimeOfFacts,
    IReadOnlyList<Indicator> TickedIndicators,
    IReadOnlyList<DimensionAssessment> Dimensions,
    ScreeningOutcome Outcome,
    IReadOnlyList<ScreeningReason> Reasons)
{
    /// <summary>Returns the assessment of one dimension.</summary>
    public DimensionAssessment Assessment(ScreeningDimension dimension) => Dimensions.Single(d => d.Dimension == dimension);

    /// <summary>Renders every reason in "fr", "ar" or "en".</summary>
    /// <exception cref="ArgumentException">The language is not one of the three.</exception>
    public IReadOnlyList<string> RenderReasons(string language) => Reasons.Select(r => r.Render(language)).ToList();
}
