using static EMnr.Core.Screening.ScreeningReasonCode;

namespace EMnr.Core.Screening;

internal static class ArabicReasonText
{
    private const string Threshold =
        "يلزم على الأقل مؤشران قويان، أو مؤشر قوي ومؤشر متوسط أو ضعيف، أو 3 مؤشرات متوسطة، أو مؤشران متوسطان ومؤشر ضعيف";

    private const string OfficerDecides = "يجب على موظف مختص دراسته واتخاذ القرار.";

    /// <summary>Renders a reason whose dimension, for a dimension reason, the caller has checked.</summary>
    public static string Render(ScreeningReason reason) => reason.Code switch
    {
        DimensionPresent or DimensionAbsent => RenderDimension(reason, reason.Dimension!.Value),
        NoRecruitmentDimension =>
            "لا يتوفر أي بُعد من أبعاد التجنيد (بالخداع أو بالإكراه أو باستغلال حالة الضعف).",
        NoExploitativeConditions => "بُعد ظروف الاستغلال غير قائم.",
        NoCoercionOrAbuseAtDestination =>
            "لا يتوفر الإكراه ولا استغلال حالة الضعف في مكان المقصد، في حين يُشترط أحدهما بالنسبة للبالغ.",
        DestinationNotRequiredForChild =>
            "كان الشخص طفلًا وقت الوقائع، لذا لا يُشترط الإكراه ولا استغلال حالة الضعف في مكان المقصد.",
        AdultRuleMet =>
            "اقتراح إيجابي: يتوفر بُعد من أبعاد التجنيد وظروف الاستغلال والإكراه أو استغلال حالة الضعف في مكان المقصد. " + OfficerDecides,
        ChildRuleMet =>
            "اقتراح إيجابي: يتوفر بُعد من أبعاد التجنيد وظروف الاستغلال. " + OfficerDecides,
        RuleNotMet =>
            "اقتراح سلبي: المؤشرات المحددة لا تستوفي قاعدة الجمع بين الأبعاد. وهذا لا ينفي وجود الاتجار بالبشر. " + OfficerDecides,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason.Code, "Unknown screening reason."),
    };

    private static string RenderDimension(ScreeningReason reason, ScreeningDimension dimension)
    {
        var name = Name(dimension);
        if (reason.Code == DimensionPresent)
        {
            return $"بُعد «{name}» قائم: {Counts(reason)}.";
        }

        return ScreeningReasonText.NonZeroCounts(reason).Count == 0
            ? $"بُعد «{name}» غير قائم: لم يُحدَّد أي مؤشر."
            : $"بُعد «{name}» غير قائم: {Counts(reason)}، وهذا غير كافٍ ({Threshold}).";
    }

    private static string Name(ScreeningDimension dimension) => dimension switch
    {
        ScreeningDimension.DeceptiveRecruitment => "التجنيد بالخداع",
        ScreeningDimension.CoerciveRecruitment => "التجنيد بالإكراه",
        ScreeningDimension.RecruitmentByAbuseOfVulnerability => "التجنيد باستغلال حالة الضعف",
        ScreeningDimension.ExploitativeConditions => "ظروف الاستغلال",
        ScreeningDimension.CoercionAtDestination => "الإكراه في مكان المقصد",
        ScreeningDimension.AbuseOfVulnerabilityAtDestination => "استغلال حالة الضعف في مكان المقصد",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Unknown screening dimension."),
    };

    /// <summary>Returns counts such as "مؤشران قويان ومؤشر متوسط واحد".</summary>
    private static string Counts(ScreeningReason reason)
    {
        var phrases = ScreeningReasonText.NonZeroCounts(reason).Select(c => Counted(c.Count, c.Strength)).ToList();
        return ScreeningReasonText.Join(phrases, " و", " و");
    }

    /// <summary>
    /// Agrees noun and adjective with the number: singular with "واحد", dual, plural for 3 to 10, and singular
    /// accusative from 11 to 99. Counts of 100 and more would need other forms, but the 2009 guide has at most
    /// 16 indicators in a dimension and the engine rejects repeated codes.
    /// </summary>
    private static string Counted(int count, IndicatorStrength strength)
    {
        var (singular, dual, plural, accusative) = strength switch
        {
            IndicatorStrength.Strong => ("قوي", "قويان", "قوية", "قويًا"),
            IndicatorStrength.Medium => ("متوسط", "متوسطان", "متوسطة", "متوسطًا"),
            _ => ("ضعيف", "ضعيفان", "ضعيفة", "ضعيفًا"),
        };

        return count switch
        {
            1 => $"مؤشر {singular} واحد",
            2 => $"مؤشران {dual}",
            <= 10 => $"{count} مؤشرات {plural}",
            _ => $"{count} مؤشرًا {accusative}",
        };
    }
}
