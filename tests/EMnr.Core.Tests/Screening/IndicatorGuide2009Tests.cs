using System.Text.RegularExpressions;
using EMnr.Core.Screening;
using static EMnr.Core.Screening.IndicatorList;
using static EMnr.Core.Screening.ScreeningDimension;

namespace EMnr.Core.Tests.Screening;

public sealed class IndicatorGuide2009Tests
{
    private static readonly IndicatorGuideVersion Guide = IndicatorGuide2009.Version;

    [Fact]
    public void Version_IsRevisionOfSeptember2009()
    {
        Assert.Equal("2009-09", Guide.Version);
        Assert.Equal(new DateOnly(2009, 9, 1), Guide.PublishedOn);
    }

    [Fact]
    public void Indicators_Codes_AreUnique()
    {
        var codes = Guide.Indicators.Select(i => i.Code.ToUpperInvariant()).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
    }

    [Fact]
    public void Indicators_Codes_FollowListDimensionAndRank()
    {
        foreach (var group in Guide.Indicators.GroupBy(i => (i.List, i.Dimension)))
        {
            var expected = Enumerable.Range(1, group.Count())
                .Select(rank => $"{group.Key.List.CodePrefix()}-{group.Key.Dimension.CodeAbbreviation()}-{rank:00}");
            Assert.Equal(expected, group.Select(i => i.Code));
        }
    }

    public static TheoryData<IndicatorList, ScreeningDimension> ListsAndDimensions()
    {
        var data = new TheoryData<IndicatorList, ScreeningDimension>();
        foreach (var list in Enum.GetValues<IndicatorList>())
        {
            foreach (var dimension in Enum.GetValues<ScreeningDimension>())
            {
                data.Add(list, dimension);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ListsAndDimensions))]
    public void Indicators_EachListAndDimension_HasIndicators(IndicatorList list, ScreeningDimension dimension)
    {
        Assert.Contains(Guide.Indicators, i => i.List == list && i.Dimension == dimension);
    }

    [Theory]
    // Counts of strong, medium and weak indicators as transcribed; a change here must be a checked correction.
    [InlineData(AdultLabour, DeceptiveRecruitment, 1, 8, 1)]
    [InlineData(AdultLabour, CoerciveRecruitment, 1, 9, 0)]
    [InlineData(AdultLabour, RecruitmentByAbuseOfVulnerability, 0, 12, 4)]
    [InlineData(AdultLabour, ExploitativeConditions, 1, 7, 1)]
    [InlineData(AdultLabour, CoercionAtDestination, 4, 10, 1)]
    [InlineData(AdultLabour, AbuseOfVulnerabilityAtDestination, 0, 5, 2)]
    [InlineData(AdultSexual, DeceptiveRecruitment, 1, 8, 1)]
    [InlineData(AdultSexual, CoerciveRecruitment, 2, 8, 0)]
    [InlineData(AdultSexual, RecruitmentByAbuseOfVulnerability, 0, 12, 4)]
    [InlineData(AdultSexual, ExploitativeConditions, 1, 7, 1)]
    [InlineData(AdultSexual, CoercionAtDestination, 5, 9, 1)]
    [InlineData(AdultSexual, AbuseOfVulnerabilityAtDestination, 0, 5, 2)]
    [InlineData(ChildLabour, DeceptiveRecruitment, 2, 8, 0)]
    [InlineData(ChildLabour, CoerciveRecruitment, 4, 6, 0)]
    [InlineData(ChildLabour, RecruitmentByAbuseOfVulnerability, 0, 15, 0)]
    [InlineData(ChildLabour, ExploitativeConditions, 1, 7, 0)]
    [InlineData(ChildLabour, CoercionAtDestination, 8, 7, 0)]
    [InlineData(ChildLabour, AbuseOfVulnerabilityAtDestination, 0, 7, 0)]
    [InlineData(ChildSexual, DeceptiveRecruitment, 2, 8, 0)]
    [InlineData(ChildSexual, CoerciveRecruitment, 4, 6, 0)]
    [InlineData(ChildSexual, RecruitmentByAbuseOfVulnerability, 0, 15, 0)]
    [InlineData(ChildSexual, ExploitativeConditions, 2, 6, 0)]
    [InlineData(ChildSexual, CoercionAtDestination, 8, 7, 0)]
    [InlineData(ChildSexual, AbuseOfVulnerabilityAtDestination, 0, 7, 0)]
    public void Indicators_CountsByStrength_MatchTranscription(
        IndicatorList list, ScreeningDimension dimension, int strong, int medium, int weak)
    {
        var indicators = Guide.Indicators.Where(i => i.List == list && i.Dimension == dimension).ToList();

        Assert.Equal(strong, indicators.Count(i => i.Strength == IndicatorStrength.Strong));
        Assert.Equal(medium, indicators.Count(i => i.Strength == IndicatorStrength.Medium));
        Assert.Equal(weak, indicators.Count(i => i.Strength == IndicatorStrength.Weak));
    }

    [Theory]
    [InlineData(AdultLabour, 67)]
    [InlineData(AdultSexual, 67)]
    [InlineData(ChildLabour, 65)]
    [InlineData(ChildSexual, 65)]
    public void IndicatorsOf_List_HasTranscribedTotal(IndicatorList list, int total)
    {
        Assert.Equal(total, Guide.IndicatorsOf(list).Count);
    }

    [Fact]
    public void Indicators_Labels_AreNotBlank()
    {
        Assert.All(Guide.Indicators, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.LabelFr), i.Code);
            Assert.False(string.IsNullOrWhiteSpace(i.LabelAr), i.Code);
            Assert.False(string.IsNullOrWhiteSpace(i.LabelEn), i.Code);
        });
    }

    [Fact]
    public void Indicators_ArabicLabels_UseArabicScript()
    {
        Assert.All(Guide.Indicators, i => Assert.Matches(@"^[\p{IsArabic}\s(),/.«»]+$", i.LabelAr));
    }

    [Fact]
    public void Indicators_FrenchLabels_DifferFromEnglish()
    {
        Assert.All(Guide.Indicators, i => Assert.NotEqual(i.LabelEn, i.LabelFr));
    }

    [Theory]
    [InlineData(AdultSexual, AdultLabour)]
    [InlineData(ChildSexual, ChildLabour)]
    public void Indicators_SameSuffixAcrossLists_NameSameItem(IndicatorList list, IndicatorList other)
    {
        var otherLabels = Guide.IndicatorsOf(other).ToDictionary(i => i.Code[2..], i => i.LabelEn);

        Assert.All(Guide.IndicatorsOf(list), i => Assert.Equal(otherLabels[i.Code[2..]], i.LabelEn));
        Assert.Equal(otherLabels.Count, Guide.IndicatorsOf(list).Count);
    }

    [Fact]
    public void Find_LowerCaseCode_ReturnsIndicator()
    {
        Assert.Equal("AL-DR-01", Guide.Find("al-dr-01")?.Code);
        Assert.Null(Guide.Find("AL-DR-00"));
    }

    [Fact]
    public void Label_Language_ReturnsThatLabel()
    {
        var indicator = Guide.Find("AL-DR-01")!;

        Assert.Equal(indicator.LabelFr, indicator.Label("fr"));
        Assert.Equal(indicator.LabelAr, indicator.Label("ar"));
        Assert.Equal(indicator.LabelEn, indicator.Label("EN"));
        Assert.Throws<ArgumentException>(() => indicator.Label("es"));
    }

    [Fact]
    public void Constructor_RepeatedCode_Throws()
    {
        var indicator = Guide.Find("AL-DR-01")!;

        var error = Assert.Throws<ArgumentException>(
            () => new IndicatorGuideVersion("test", new DateOnly(2026, 1, 1), [indicator, indicator with { Code = "al-dr-01" }]));
        Assert.Contains("al-dr-01", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_CodePattern_IsStable()
    {
        Assert.All(Guide.Indicators, i => Assert.Matches(new Regex("^(AL|AS|CL|CS)-(DR|CR|VR|EX|CD|VD)-[0-9]{2}$"), i.Code));
    }
}
