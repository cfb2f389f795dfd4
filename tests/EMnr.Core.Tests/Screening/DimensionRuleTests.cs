using EMnr.Core.Screening;

namespace EMnr.Core.Tests.Screening;

public sealed class DimensionRuleTests
{
    public static TheoryData<int, int, int> AllCounts => ScreeningCases.AllCounts();

    [Theory]
    [MemberData(nameof(AllCounts))]
    public void IsPresent_AllCounts_MatchesOracle(int strong, int medium, int weak)
    {
        Assert.Equal(ScreeningCases.OracleIsPresent(strong, medium, weak), DimensionRule.IsPresent(strong, medium, weak));
    }

    [Theory]
    // The four combinations that the 2009 rule names.
    [InlineData(2, 0, 0, true)]
    [InlineData(1, 1, 0, true)]
    [InlineData(1, 0, 1, true)]
    [InlineData(0, 3, 0, true)]
    [InlineData(0, 2, 1, true)]
    // "Or more".
    [InlineData(1, 0, 2, true)]
    [InlineData(0, 4, 0, true)]
    [InlineData(0, 2, 2, true)]
    [InlineData(3, 0, 0, true)]
    [InlineData(1, 2, 0, true)]
    [InlineData(0, 3, 3, true)]
    // Not enough.
    [InlineData(0, 0, 0, false)]
    [InlineData(1, 0, 0, false)]
    [InlineData(0, 1, 0, false)]
    [InlineData(0, 2, 0, false)]
    [InlineData(0, 1, 1, false)]
    [InlineData(0, 1, 2, false)]
    [InlineData(0, 1, 3, false)]
    [InlineData(0, 0, 1, false)]
    [InlineData(0, 0, 2, false)]
    [InlineData(0, 0, 3, false)]
    public void IsPresent_NamedCase_MatchesRule(int strong, int medium, int weak, bool expected)
    {
        Assert.Equal(expected, DimensionRule.IsPresent(strong, medium, weak));
    }

    [Theory]
    [InlineData(-1, 0, 0)]
    [InlineData(0, -1, 0)]
    [InlineData(0, 0, -1)]
    public void IsPresent_NegativeCount_Throws(int strong, int medium, int weak)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DimensionRule.IsPresent(strong, medium, weak));
    }
}
