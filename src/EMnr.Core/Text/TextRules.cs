using System.Text.RegularExpressions;

namespace EMnr.Core.Text;

/// <summary>Checks shared by every free-text field and code.</summary>
public static partial class TextRules
{
    /// <summary>Rejects control characters such as NUL, which PostgreSQL cannot store in text; keeps tabs and line breaks.</summary>
    public static bool HasNoControlCharacters(string? text) =>
        text is null || !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));

    /// <summary>Tells whether a code looks like an ISO 3166-2 subdivision code such as MA-HAO, before any database lookup.</summary>
    public static bool IsSubdivisionCode(string? code) => code is not null && SubdivisionCode().IsMatch(code);

    [GeneratedRegex("^[A-Z]{2}-[A-Z0-9]{1,3}$")]
    private static partial Regex SubdivisionCode();
}
