using EMnr.Core.Screening;
using static EMnr.Core.Screening.ScreeningDimension;
using static EMnr.Core.Screening.ScreeningReasonCode;

namespace EMnr.Core.Tests.Screening;

public sealed class ScreeningReasonTextTests
{
    [Theory]
    [InlineData("fr", "Recrutement trompeur présent : 1 indicateur fort et 1 moyen.")]
    [InlineData("en", "Deceptive recruitment present: 1 strong indicator and 1 medium.")]
    [InlineData("ar", "بُعد «التجنيد بالخداع» قائم: مؤشر قوي واحد ومؤشر متوسط واحد.")]
    public void Render_DimensionPresent_StatesCounts(string language, string expected)
    {
        var reason = new ScreeningReason(DimensionPresent, DeceptiveRecruitment, Strong: 1, Medium: 1);

        Assert.Equal(expected, ScreeningReasonText.Render(reason, language));
    }

    [Theory]
    [InlineData(ExploitativeConditions, DimensionPresent, 0, 3, 0, "Conditions d'exploitation présentes : 3 indicateurs moyens.")]
    [InlineData(CoercionAtDestination, DimensionAbsent, 0, 0, 0, "Coercition à destination absente : aucun indicateur coché.")]
    [InlineData(AbuseOfVulnerabilityAtDestination, DimensionPresent, 0, 2, 2, "Abus de vulnérabilité à destination présent : 2 indicateurs moyens et 2 faibles.")]
    [InlineData(CoerciveRecruitment, DimensionPresent, 2, 1, 1, "Recrutement coercitif présent : 2 indicateurs forts, 1 moyen et 1 faible.")]
    [InlineData(DeceptiveRecruitment, DimensionAbsent, 1, 0, 0, "Recrutement trompeur absent : 1 indicateur fort, ce qui ne suffit pas (il faut au moins 2 forts, 1 fort et 1 moyen ou faible, 3 moyens, ou 2 moyens et 1 faible).")]
    public void Render_French_AgreesWithDimensionAndCounts(
        ScreeningDimension dimension, ScreeningReasonCode code, int strong, int medium, int weak, string expected)
    {
        var reason = new ScreeningReason(code, dimension, strong, medium, weak);

        Assert.Equal(expected, reason.Render("fr"));
    }

    [Theory]
    [InlineData(0, 1, 2, "Coercive recruitment absent: 1 medium indicator and 2 weak, which is not enough (at least 2 strong, 1 strong and 1 medium or weak, 3 medium, or 2 medium and 1 weak are needed).")]
    [InlineData(0, 0, 0, "Coercive recruitment absent: no indicator ticked.")]
    public void Render_EnglishAbsent_StatesWhy(int strong, int medium, int weak, string expected)
    {
        var reason = new ScreeningReason(DimensionAbsent, CoerciveRecruitment, strong, medium, weak);

        Assert.Equal(expected, reason.Render("en"));
    }

    [Theory]
    [InlineData(1, "مؤشر قوي واحد")]
    [InlineData(2, "مؤشران قويان")]
    [InlineData(3, "3 مؤشرات قوية")]
    [InlineData(10, "10 مؤشرات قوية")]
    [InlineData(11, "11 مؤشرًا قويًا")]
    [InlineData(16, "16 مؤشرًا قويًا")]
    public void Render_ArabicCount_AgreesWithNumber(int strong, string expected)
    {
        var reason = new ScreeningReason(DimensionPresent, CoercionAtDestination, Strong: strong);

        Assert.Equal($"بُعد «الإكراه في مكان المقصد» قائم: {expected}.", reason.Render("ar"));
    }

    [Fact]
    public void Render_ArabicThreeGrades_JoinsWithWaw()
    {
        var reason = new ScreeningReason(DimensionPresent, RecruitmentByAbuseOfVulnerability, 2, 3, 1);

        Assert.Equal(
            "بُعد «التجنيد باستغلال حالة الضعف» قائم: مؤشران قويان و3 مؤشرات متوسطة ومؤشر ضعيف واحد.",
            reason.Render("ar"));
    }

    public static TheoryData<ScreeningReason, string> EveryReasonAndLanguage()
    {
        var data = new TheoryData<ScreeningReason, string>();
        foreach (var language in ScreeningLanguages.All)
        {
            foreach (var dimension in Enum.GetValues<ScreeningDimension>())
            {
                data.Add(new ScreeningReason(DimensionPresent, dimension, 1, 1, 1), language);
                data.Add(new ScreeningReason(DimensionAbsent, dimension, 0, 1, 1), language);
                data.Add(new ScreeningReason(DimensionAbsent, dimension), language);
            }

            foreach (var code in Enum.GetValues<ScreeningReasonCode>().Where(c => c is not (DimensionPresent or DimensionAbsent)))
            {
                data.Add(new ScreeningReason(code), language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryReasonAndLanguage))]
    public void Render_EveryReason_IsSentenceInLanguage(ScreeningReason reason, string language)
    {
        var text = reason.Render(language);

        Assert.EndsWith(".", text, StringComparison.Ordinal);
        Assert.Equal(language == "ar", text.Any(c => c is >= '\u0600' and <= '\u06FF'));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    [InlineData("fr-MA")]
    public void Render_UnsupportedLanguage_Throws(string language)
    {
        var error = Assert.Throws<ArgumentException>(() => new ScreeningReason(RuleNotMet).Render(language));

        Assert.Contains("\"fr\", \"ar\" or \"en\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UpperCaseLanguage_IsAccepted()
    {
        Assert.Equal(new ScreeningReason(RuleNotMet).Render("fr"), new ScreeningReason(RuleNotMet).Render("FR"));
    }

    [Fact]
    public void Render_DimensionReasonWithoutDimension_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ScreeningReason(DimensionPresent).Render("en"));
    }
}
