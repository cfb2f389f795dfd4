using System.Globalization;
using System.Text;

namespace EMnr.Core.Text;

/// <summary>
/// Folds French and Arabic text so that searches forgive accents, case, Arabic diacritics
/// (harakat, tatweel) and common letter variants (alef forms, taa marbuta, alef maqsura).
/// Both stored text and search terms go through the same folding.
/// </summary>
public static class SearchText
{
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = Time.Digits.ToAscii(text)
            .Replace("œ", "oe", StringComparison.Ordinal)
            .Replace("Œ", "oe", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (IsDroppable(c) || char.IsControl(c))
            {
                continue;
            }

            builder.Append(FoldLetter(c));
        }

        return builder.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    private static bool IsDroppable(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark
        || c == '\u0640' // tatweel
        || (c >= '\u064B' && c <= '\u065F') // harakat and other Arabic marks
        || c == '\u0670'; // superscript alef

    private static char FoldLetter(char c) => c switch
    {
        '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627', // alef variants to bare alef
        '\u0629' => '\u0647', // taa marbuta to haa
        '\u0649' => '\u064A', // alef maqsura to yaa
        '\u0624' => '\u0648', // waw with hamza to waw
        '\u0626' => '\u064A', // yaa with hamza to yaa
        '\u06A9' => '\u0643', // keheh to kaf
        '\u06CC' => '\u064A', // Farsi yeh to yaa
        _ => c,
    };
}
