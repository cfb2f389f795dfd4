namespace EMnr.Core.Screening;

/// <summary>Languages in which indicator labels and screening reasons are available.</summary>
public static class ScreeningLanguages
{
    public static readonly IReadOnlyList<string> All = ["fr", "ar", "en"];

    /// <summary>Returns the language code in lower case.</summary>
    /// <exception cref="ArgumentException">The language is not "fr", "ar" or "en".</exception>
    public static string Normalize(string language)
    {
        var code = language?.ToLowerInvariant();
        if (code is null || !All.Contains(code))
        {
            throw new ArgumentException(
                $"Unsupported language '{language}': use \"fr\", \"ar\" or \"en\".", nameof(language));
        }

        return code;
    }
}
