namespace EMnr.Core.Screening;

/// <summary>
/// An indicator of one list, with its stable code (list prefix, dimension abbreviation and rank, such as
/// "AL-DR-01"), its grade, and its label in French, Arabic and English.
/// </summary>
public sealed record Indicator(
    string Code,
    IndicatorList List,
    ScreeningDimension Dimension,
    IndicatorStrength Strength,
    string LabelFr,
    string LabelAr,
    string LabelEn)
{
    /// <summary>Returns the label in "fr", "ar" or "en".</summary>
    /// <exception cref="ArgumentException">The language is not one of the three.</exception>
    public string Label(string language) => ScreeningLanguages.Normalize(language) switch
    {
        "ar" => LabelAr,
        "en" => LabelEn,
        _ => LabelFr,
    };
}
