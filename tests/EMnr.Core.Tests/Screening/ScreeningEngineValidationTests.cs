using EMnr.Core.Screening;

namespace EMnr.Core.Tests.Screening;

public sealed class ScreeningEngineValidationTests
{
    private static ScreeningResult Screen(IndicatorList list, bool isChild, params string?[] codes) =>
        ScreeningEngine.Screen(ScreeningCases.Guide, list, codes, isChild);

    [Theory]
    [InlineData(IndicatorList.AdultLabour, false, "CL-DR-01")]
    [InlineData(IndicatorList.AdultLabour, false, "AS-EX-01")]
    [InlineData(IndicatorList.AdultSexual, false, "AL-DR-01")]
    [InlineData(IndicatorList.ChildLabour, true, "CS-EX-01")]
    [InlineData(IndicatorList.ChildSexual, true, "AL-CD-01")]
    public void Screen_IndicatorFromAnotherList_ReturnsError(IndicatorList list, bool isChild, string code)
    {
        var result = Screen(list, isChild, code);

        Assert.False(result.IsValid);
        Assert.Null(result.Suggestion);
        var error = Assert.Single(result.Errors);
        Assert.Equal(ScreeningErrorCode.IndicatorFromAnotherList, error.Code);
        Assert.Equal(code, error.IndicatorCode);
        Assert.Contains(list.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AL-DR-01", "AL-DR-01")]
    [InlineData("AL-DR-01", "al-dr-01")]
    [InlineData("AL-DR-01", "AL-DR-01", "AL-DR-01")]
    public void Screen_DuplicateIndicator_ReturnsOneError(params string[] codes)
    {
        var result = Screen(IndicatorList.AdultLabour, false, codes);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ScreeningErrorCode.DuplicateIndicator, error.Code);
        Assert.Equal("AL-DR-01", error.IndicatorCode);
    }

    [Theory]
    [InlineData("AL-DR-99")]
    [InlineData("AL-DR-1")]
    [InlineData("deceived")]
    public void Screen_UnknownIndicator_ReturnsError(string code)
    {
        var result = Screen(IndicatorList.AdultLabour, false, code);

        var error = Assert.Single(result.Errors);
        Assert.Equal(ScreeningErrorCode.UnknownIndicator, error.Code);
        Assert.Equal(code, error.IndicatorCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Screen_EmptyCode_ReturnsError(string? code)
    {
        var result = Screen(IndicatorList.AdultLabour, false, code);

        Assert.Equal(ScreeningErrorCode.EmptyIndicatorCode, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData(IndicatorList.ChildLabour, false)]
    [InlineData(IndicatorList.ChildSexual, false)]
    [InlineData(IndicatorList.AdultLabour, true)]
    [InlineData(IndicatorList.AdultSexual, true)]
    public void Screen_ListForOtherAge_ReturnsError(IndicatorList list, bool isChild)
    {
        var result = Screen(list, isChild);

        Assert.Equal(ScreeningErrorCode.ListDoesNotMatchAge, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Screen_SeveralProblems_ReportsEach()
    {
        var result = Screen(IndicatorList.ChildLabour, false, "CL-DR-01", "CL-DR-01", "AL-DR-01", "XX-01");

        Assert.Equal(
            [
                ScreeningErrorCode.ListDoesNotMatchAge,
                ScreeningErrorCode.DuplicateIndicator,
                ScreeningErrorCode.IndicatorFromAnotherList,
                ScreeningErrorCode.UnknownIndicator,
            ],
            result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Screen_LowerCaseCode_UsesGuideCode()
    {
        var result = Screen(IndicatorList.AdultLabour, false, "al-dr-01");

        Assert.Equal("AL-DR-01", Assert.Single(result.Suggestion!.TickedIndicators).Code);
    }

    [Fact]
    public void Screen_NoIndicator_Negative()
    {
        var result = Screen(IndicatorList.AdultSexual, false);

        var suggestion = result.Suggestion!;
        Assert.Equal(ScreeningOutcome.Negative, suggestion.Outcome);
        Assert.All(suggestion.Dimensions, d => Assert.False(d.IsPresent));
        Assert.Equal(
            [
                ScreeningReasonCode.NoRecruitmentDimension,
                ScreeningReasonCode.NoExploitativeConditions,
                ScreeningReasonCode.NoCoercionOrAbuseAtDestination,
                ScreeningReasonCode.RuleNotMet,
            ],
            suggestion.Reasons.Skip(6).Select(r => r.Code));
    }

    [Fact]
    public void Screen_UndefinedList_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Screen((IndicatorList)42, false));
    }

    [Fact]
    public void Screen_NullCodes_Throws()
    {
        Assert.Throws<ArgumentNullException>(
            () => ScreeningEngine.Screen(ScreeningCases.Guide, IndicatorList.AdultLabour, null!, false));
    }
}
