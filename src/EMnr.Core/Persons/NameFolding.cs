using System.Text;
using System.Text.RegularExpressions;
using EMnr.Core.Text;

namespace EMnr.Core.Persons;

/// <summary>
/// Folds names so that transliteration variants of the same Arabic name compare equal or close:
/// accents, case, the article (El, Al, ال), doubled letters and common Latin spellings
/// (ou/u, sh/ch, ee/i) are ignored. Trigram similarity in PostgreSQL handles the remaining differences.
/// </summary>
public static partial class NameFolding
{
    public static string Fold(string? name)
    {
        var folded = SearchText.Fold(name);
        if (folded.Length == 0)
        {
            return "";
        }

        folded = NonLetters().Replace(folded, " ");
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(FoldWord)
            .Where(w => w.Length > 0 && w is not ("el" or "al" or "ال"));
        return string.Join(' ', words);
    }

    /// <summary>Builds the stored search text of a person from both scripts.</summary>
    public static string ForPerson(string? nameLatin, string? nameArabic) =>
        string.Join(" | ", new[] { Fold(nameLatin), Fold(nameArabic) }.Where(n => n.Length > 0));

    private static string FoldWord(string word)
    {
        // The Arabic article is written attached: الإدريسي is folded to ادريسي.
        if (word.Length > 3 && word.StartsWith("ال", StringComparison.Ordinal))
        {
            word = word[2..];
        }

        word = word.Replace("ou", "u", StringComparison.Ordinal)
            .Replace("sh", "ch", StringComparison.Ordinal)
            .Replace("ee", "i", StringComparison.Ordinal)
            .Replace("kh", "k", StringComparison.Ordinal);

        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonLetters();
}
