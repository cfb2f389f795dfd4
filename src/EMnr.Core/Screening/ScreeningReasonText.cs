namespace EMnr.Core.Screening;

/// <summary>Renders screening reasons in French, Arabic or English.</summary>
public static class ScreeningReasonText
{
    /// <summary>Renders one reason, such as "Recrutement trompeur présent : 1 indicateur fort et 1 moyen."</summary>
    /// <exception cref="ArgumentException">
    /// The language is not "fr", "ar" or "en", or a dimension reason has no dimension.
    /// </exception>
    public static string Render(ScreeningReason reason, string language)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var code = ScreeningLanguages.Normalize(language);
        if (reason.Code is ScreeningReasonCode.DimensionPresent or ScreeningReasonCode.DimensionAbsent && reason.Dimension is null)
        {
            throw new ArgumentException($"The reason {reason.Code} needs a dimension.", nameof(reason));
        }

        return code switch
        {
            "ar" => ArabicReasonText.Render(reason),
            "en" => EnglishReasonText.Render(reason),
            _ => FrenchReasonText.Render(reason),
        };
    }

    /// <summary>Returns the non-zero counts of a reason, strong first.</summary>
    internal static IReadOnlyList<(int Count, IndicatorStrength Strength)> NonZeroCounts(ScreeningReason reason) =>
        new[]
        {
            (reason.Strong, IndicatorStrength.Strong),
            (reason.Medium, IndicatorStrength.Medium),
            (reason.Weak, IndicatorStrength.Weak),
        }.Where(c => c.Item1 > 0).ToList();

    /// <summary>Joins phrases as "a, b and c", with the language's separators.</summary>
    internal static string Join(IReadOnlyList<string> phrases, string separator, string lastSeparator) =>
        phrases.Count <= 1
            ? string.Concat(phrases)
            : string.Join(separator, phrases.Take(phrases.Count - 1)) + lastSeparator + phrases[^1];
}
