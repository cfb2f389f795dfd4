using EMnr.Core.Screening;
using static EMnr.Core.Screening.ScreeningDimension;
using static EMnr.Core.Tests.Screening.ScreeningCases;

namespace EMnr.Core.Tests.Screening;

public sealed class ScreeningEngineAdultTests
{
    public static TheoryData<IndicatorList, ScreeningDimension> AdultListsAndRecruitment()
    {
        var data = new TheoryData<IndicatorList, ScreeningDimension>();
        foreach (var list in new[] { IndicatorList.AdultLabour, IndicatorList.AdultSexual })
        {
            foreach (var recruitment in ScreeningDimensions.Recruitment)
            {
                data.Add(list, recruitment);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AdultListsAndRecruitment))]
    public void Screen_EachRecruitmentDimension_Positive(IndicatorList list, ScreeningDimension recruitment)
    {
        var suggestion = Screen(list, false,
            Present(list, recruitment), Present(list, ExploitativeConditions), Present(list, CoercionAtDestination));

        Assert.Equal(ScreeningOutcome.Positive, suggestion.Outcome);
        Assert.True(suggestion.Assessment(recruitment).IsPresent);
        Assert.Single(ScreeningDimensions.Recruitment, d => suggestion.Assessment(d).IsPresent);
        Assert.Equal(ScreeningReasonCode.AdultRuleMet, suggestion.Reasons[^1].Code);
    }

    [Theory]
    [InlineData(IndicatorList.AdultLabour)]
    [InlineData(IndicatorList.AdultSexual)]
    public void Screen_AbuseAtDestinationInsteadOfCoercion_Positive(IndicatorList list)
    {
        var suggestion = Screen(list, false,
            Present(list, DeceptiveRecruitment), Present(list, ExploitativeConditions), Present(list, AbuseOfVulnerabilityAtDestination));

        Assert.Equal(ScreeningOutcome.Positive, suggestion.Outcome);
        Assert.False(suggestion.Assessment(CoercionAtDestination).IsPresent);
    }

    [Theory]
    [InlineData(IndicatorList.AdultLabour)]
    [InlineData(IndicatorList.AdultSexual)]
    public void Screen_NoExploitation_Negative(IndicatorList list)
    {
        var suggestion = Screen(list, false,
            Present(list, DeceptiveRecruitment), Present(list, CoerciveRecruitment),
            Present(list, CoercionAtDestination), Present(list, AbuseOfVulnerabilityAtDestination));

        Assert.Equal(ScreeningOutcome.Negative, suggestion.Outcome);
        Assert.Contains(ScreeningReasonCode.NoExploitativeConditions, ReasonCodes(suggestion));
        Assert.Equal(ScreeningReasonCode.RuleNotMet, suggestion.Reasons[^1].Code);
    }

    [Theory]
    [InlineData(IndicatorList.AdultLabour)]
    [InlineData(IndicatorList.AdultSexual)]
    public void Screen_NoCoercionOrAbuseAtDestination_Negative(IndicatorList list)
    {
        var suggestion = Screen(list, false, Present(list, DeceptiveRecruitment), Present(list, ExploitativeConditions));

        Assert.Equal(ScreeningOutcome.Negative, suggestion.Outcome);
        Assert.Contains(ScreeningReasonCode.NoCoercionOrAbuseAtDestination, ReasonCodes(suggestion));
        Assert.DoesNotContain(ScreeningReasonCode.DestinationNotRequiredForChild, ReasonCodes(suggestion));
    }

    [Theory]
    [InlineData(IndicatorList.AdultLabour)]
    [InlineData(IndicatorList.AdultSexual)]
    public void Screen_NoRecruitment_Negative(IndicatorList list)
    {
        var suggestion = Screen(list, false, Present(list, ExploitativeConditions), Present(list, CoercionAtDestination));

        Assert.Equal(ScreeningOutcome.Negative, suggestion.Outcome);
        Assert.Contains(ScreeningReasonCode.NoRecruitmentDimension, ReasonCodes(suggestion));
    }

    [Fact]
    public void Screen_RecruitmentBelowThreshold_Negative()
    {
        const IndicatorList list = IndicatorList.AdultLabour;

        // AL-DR-01 is the only strong indicator of deceptive recruitment: 1 strong alone is not enough.
        var suggestion = Screen(list, false, ["AL-DR-01"], Present(list, ExploitativeConditions), Present(list, CoercionAtDestination));

        Assert.Equal(ScreeningOutcome.Negative, suggestion.Outcome);
        Assert.Equal(new DimensionAssessment(DeceptiveRecruitment, 1, 0, 0, false), suggestion.Assessment(DeceptiveRecruitment));
        Assert.Contains(ScreeningReasonCode.NoRecruitmentDimension, ReasonCodes(suggestion));
    }

    [Fact]
    public void Screen_PositiveAdult_ListsReasonsInOrder()
    {
        const IndicatorList list = IndicatorList.AdultLabour;

        var suggestion = Screen(list, false,
            ["AL-DR-01", "AL-DR-02"], Present(list, ExploitativeConditions), Present(list, CoercionAtDestination));

        Assert.Equal(7, suggestion.Reasons.Count);
        Assert.Equal(Enum.GetValues<ScreeningDimension>(), suggestion.Reasons.Take(6).Select(r => r.Dimension!.Value));
        Assert.Equal("Recrutement trompeur présent : 1 indicateur fort et 1 moyen.", suggestion.RenderReasons("fr")[0]);
        Assert.StartsWith("Suggestion positive", suggestion.RenderReasons("fr")[^1], StringComparison.Ordinal);
    }
}
