namespace EMnr.Core.Text;

/// <summary>Checks shared by every free-text field.</summary>
public static class TextRules
{
    /// <summary>Rejects control characters such as NUL, which PostgreSQL cannot store in text; keeps tabs and line breaks.</summary>
    public static bool HasNoControlCharacters(string? text) =>
        text is null || !text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
}
