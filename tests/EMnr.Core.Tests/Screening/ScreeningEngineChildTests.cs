using EMnr.Core.Screening;
using static EMnr.Core.Screening.ScreeningDimension;
using static EMnr.Core.Tests.Screening.ScreeningCases;

namespace EMnr.Core.Tests.Screening;

public sealed class ScreeningEngineChildTests
{
    public static TheoryData<IndicatorList, ScreeningDimension> ChildListsAndRecruitment()
    {
        var data = new TheoryData<IndicatorList, ScreeningDimension>();
        foreach (var list in new[] { IndicatorList.ChildLabour, IndicatorList.ChildSexual })
        {
            foreach (var recruitment in ScreeningDimensions.Recruitment)
            {
                data.Add(list, recruitment);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ChildListsAndRecruitment))]
    public void Screen_NoDimensionAtDestination_Positive(IndicatorList list, ScreeningDimension recruitment)
    {
        var suggestion = Screen(list, true, Present(list, recruitment), Present(list, ExploitativeConditions));

        Assert.Equal(ScreeningOutcome.Positive, suggestion.Outcome);
        Assert.False(suggestion.Assessment(CoercionAtDestination).IsPresent);
        Assert.False(suggestion.Assessment(AbuseOfVulnerabilityAtDestination).IsPresent);
        Assert.Contains(ScreeningReasonCode.DestinationNotRequiredForChild, ReasonCodes(suggestion));
        Assert.DoesNotContain(ScreeningReasonCode.NoCoercionOrAbuseAtDestination, ReasonCodes(suggestion));
        Assert.Equal(ScreeningReasonCode.ChildRuleMet, suggestion.Reasons[^1].Code);
    }

    [Fact]
    public void Screen_DeceptionWithoutCoercion_Positive()
    {
        const IndicatorList list = IndicatorList.ChildLabour;

        // Deception and exploitation only: no coercion at recruitment or at destination, no abuse at destination.
        var suggestion = Screen(list, true, Present(list, DeceptiveRecruitment), Present(list, ExploitativeConditions));

        Assert.Equal(ScreeningOutcome.Positive, suggestion.Outcome);
        Assert.False(suggestion.Assessment(CoerciveRecruitment).IsPresent);
    }

    [Theory]
    [InlineData(IndicatorList.ChildLabour)]
    [InlineData(IndicatorList.ChildSexual)]
    public void Screen_NoExploitation_Negative(IndicatorList list)
    {
        var suggestion = Screen(list, true,
            Present(list, DeceptiveRecruitment), Present(list, CoerciveRecruitment), Present(list, RecruitmentByAbuseOfVulnerability),
            Present(list, CoercionAtDestination), Present(list, AbuseOfVulnerabilityAtDestination));

        Assert.Equal(ScreeningOutcome.Negative, suggestion.Outcome);
        Assert.Contains(ScreeningReasonCode.NoExploitativeConditions, ReasonCodes(suggestion));
        Assert.Equal(ScreeningReasonCode.RuleNotMet, suggestion.Reasons[^1].Code);
    }

    [Theory]
    [InlineData(IndicatorList.ChildLabour)]
    [InlineData(IndicatorList.ChildSexual)]
    public void Screen_NoRecruitment_Negative(IndicatorList list)
    {
        var suggestion = Screen(list, true,
            Present(list, ExploitativeConditions), Present(list, CoercionAtDestination), Present(list, AbuseOfVulnerabilityAtDestination));

        Assert.Equal(ScreeningOutcome.Negative, suggestion.Outcome);
        Assert.Contains(ScreeningReasonCode.NoRecruitmentDimension, ReasonCodes(suggestion));
    }

    [Fact]
    public void Screen_SameDimensionsForAdult_Negative()
    {
        const IndicatorList list = IndicatorList.AdultLabour;

        var suggestion = Screen(list, false, Present(list, DeceptiveRecruitment), Present(list, ExploitativeConditions));

        Assert.Equal(ScreeningOutcome.Negative, suggestion.Outcome);
    }
}
