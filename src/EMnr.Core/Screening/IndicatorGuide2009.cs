namespace EMnr.Core.Screening;

/// <summary>
/// The four lists of "Operational indicators of trafficking in human beings", ILO and European Commission,
/// results of a Delphi survey, first published in March 2009 and revised in September 2009.
/// </summary>
/// <remarks>
/// NOTE: the items and gradings follow the September 2009 publication as transcribed without the publication
/// at hand. The adult labour list is the most certain; the sexual exploitation lists repeat the labour items
/// with the few grades known to differ. The Commission must check every item and grade against the publication.
/// </remarks>
public static partial class IndicatorGuide2009
{
    public static IndicatorGuideVersion Version { get; } = new(
        "2009-09",
        // The publication gives the month only.
        new DateOnly(2009, 9, 1),
        [.. AdultLabour(), .. AdultSexual(), .. ChildLabour(), .. ChildSexual()]);

    /// <summary>
    /// Builds the indicators of one list and dimension. Codes number the items in the order given, so
    /// correcting a grade does not change a code.
    /// </summary>
    private static IEnumerable<Indicator> Dimension(
        IndicatorList list, ScreeningDimension dimension, params (IndicatorText Text, IndicatorStrength Strength)[] items) =>
        items.Select((item, index) => new Indicator(
            $"{list.CodePrefix()}-{dimension.CodeAbbreviation()}-{index + 1:00}",
            list,
            dimension,
            item.Strength,
            item.Text.Fr,
            item.Text.Ar,
            item.Text.En));
}
