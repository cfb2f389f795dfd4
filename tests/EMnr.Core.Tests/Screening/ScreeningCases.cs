using EMnr.Core.Screening;

namespace EMnr.Core.Tests.Screening;

/// <summary>Shared test data: the dimension oracle, the count table and helpers that tick indicators.</summary>
internal static class ScreeningCases
{
    public static readonly IndicatorGuideVersion Guide = IndicatorGuide2009.Version;

    // The smallest counts that make a dimension present, read from the 2009 rule. Any count at least as large in
    // every grade is present too. This oracle is written apart from DimensionRule so that each checks the other.
    private static readonly (int Strong, int Medium, int Weak)[] SmallestPresentCounts =
    [
        (2, 0, 0),
        (1, 1, 0),
        (1, 0, 1),
        (0, 3, 0),
        (0, 2, 1),
    ];

    public static bool OracleIsPresent(int strong, int medium, int weak) =>
        SmallestPresentCounts.Any(c => strong >= c.Strong && medium >= c.Medium && weak >= c.Weak);

    /// <summary>Every count of strong 0..3, medium 0..4 and weak 0..3: 80 rows.</summary>
    public static TheoryData<int, int, int> AllCounts()
    {
        var data = new TheoryData<int, int, int>();
        for (var strong = 0; strong <= 3; strong++)
        {
            for (var medium = 0; medium <= 4; medium++)
            {
                for (var weak = 0; weak <= 3; weak++)
                {
                    data.Add(strong, medium, weak);
                }
            }
        }

        return data;
    }

    /// <summary>
    /// Returns the codes of the three strongest indicators of a dimension, enough to make it present in every
    /// list of the 2009 guide.
    /// </summary>
    public static IEnumerable<string> Present(IndicatorList list, ScreeningDimension dimension) =>
        Guide.IndicatorsOf(list)
            .Where(i => i.Dimension == dimension)
            .OrderBy(i => i.Strength)
            .Take(3)
            .Select(i => i.Code);

    public static ScreeningSuggestion Screen(IndicatorList list, bool isChild, params IEnumerable<string>[] codeGroups)
    {
        var result = ScreeningEngine.Screen(Guide, list, codeGroups.SelectMany(c => c), isChild);

        Assert.Empty(result.Errors);
        return result.Suggestion!;
    }

    public static IReadOnlyList<ScreeningReasonCode> ReasonCodes(ScreeningSuggestion suggestion) =>
        suggestion.Reasons.Select(r => r.Code).ToList();
}
