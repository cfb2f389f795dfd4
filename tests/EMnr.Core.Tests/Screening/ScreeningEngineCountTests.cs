using EMnr.Core.Screening;

namespace EMnr.Core.Tests.Screening;

/// <summary>Runs every count through the engine, on a made-up guide with enough indicators of each grade.</summary>
public sealed class ScreeningEngineCountTests
{
    private static readonly IndicatorGuideVersion CountGuide = new(
        "test",
        new DateOnly(2026, 1, 1),
        [.. Graded("S", IndicatorStrength.Strong, 3), .. Graded("M", IndicatorStrength.Medium, 4), .. Graded("W", IndicatorStrength.Weak, 3)]);

    public static TheoryData<int, int, int> AllCounts => ScreeningCases.AllCounts();

    [Theory]
    [MemberData(nameof(AllCounts))]
    public void Screen_AllCounts_MatchesOracle(int strong, int medium, int weak)
    {
        var codes = Codes("S", strong).Concat(Codes("M", medium)).Concat(Codes("W", weak));

        var result = ScreeningEngine.Screen(CountGuide, IndicatorList.AdultLabour, codes, isChildAtTimeOfFacts: false);

        var assessment = result.Suggestion!.Assessment(ScreeningDimension.DeceptiveRecruitment);
        Assert.Equal(strong, assessment.Strong);
        Assert.Equal(medium, assessment.Medium);
        Assert.Equal(weak, assessment.Weak);
        Assert.Equal(ScreeningCases.OracleIsPresent(strong, medium, weak), assessment.IsPresent);
    }

    private static IEnumerable<Indicator> Graded(string prefix, IndicatorStrength strength, int count) =>
        Codes(prefix, count).Select(code => new Indicator(
            code, IndicatorList.AdultLabour, ScreeningDimension.DeceptiveRecruitment, strength, "fr", "ar", "en"));

    private static IEnumerable<string> Codes(string prefix, int count) =>
        Enumerable.Range(1, count).Select(i => $"{prefix}{i}");
}
