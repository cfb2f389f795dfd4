namespace EMnr.Core.Screening;

/// <summary>
/// A reason for a screening suggestion, as a code and parameters so that it can be rendered in any supported
/// language. Only the dimension reasons carry a dimension and counts.
/// </summary>
public sealed record ScreeningReason(
    ScreeningReasonCode Code,
    ScreeningDimension? Dimension = null,
    int Strong = 0,
    int Medium = 0,
    int Weak = 0)
{
    /// <summary>Renders the reason in "fr", "ar" or "en".</summary>
    /// <exception cref="ArgumentException">The language is not one of the three.</exception>
    public string Render(string language) => ScreeningReasonText.Render(this, language);
}
