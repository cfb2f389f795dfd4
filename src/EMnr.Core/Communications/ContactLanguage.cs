namespace EMnr.Core.Communications;

/// <summary>Language the caller used.</summary>
public enum ContactLanguage
{
    French,
    Arabic,
    Darija,
    Tamazight,
    Other,
}
