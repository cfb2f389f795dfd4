using System.Text;
using EMnr.Core.Communications;
using EMnr.Core.ReferenceData;
using EMnr.Core.Text;

namespace EMnr.Web.Features.Imports;

/// <summary>Columns of a call-log file: their names, the header aliases accepted for them, and their value lists.</summary>
public static class CallLogColumns
{
    public const string ReceivedAt = "received_at";
    public const string Channel = "channel";
    public const string Language = "language";
    public const string CallerType = "caller_type";
    public const string Category = "category";
    public const string RedirectedTo = "redirected_to";
    public const string Province = "province";
    public const string Crisis = "crisis";
    public const string Summary = "summary";

    /// <summary>Columns in the order of the documentation and of error lists.</summary>
    public static readonly IReadOnlyList<string> All =
        [ReceivedAt, Channel, Language, CallerType, Category, RedirectedTo, Province, Crisis, Summary];

    public static readonly IReadOnlyList<string> Required = [ReceivedAt, Channel, Language, CallerType, Category, Summary];

    public static readonly CodeLookup Channels = new(ReferenceLabels.Channels);
    public static readonly CodeLookup Languages = new(ReferenceLabels.Languages);
    public static readonly CodeLookup CallerTypes = new(ReferenceLabels.CallerTypes);
    public static readonly CodeLookup Categories = new(ReferenceLabels.Categories);
    public static readonly CodeLookup RedirectDestinations = new(ReferenceLabels.RedirectDestinations);

    /// <summary>Header names accepted for each column, as <see cref="HeaderKey"/> returns them.</summary>
    private static readonly Dictionary<string, string> Aliases = BuildAliases(new()
    {
        [ReceivedAt] = ["received_at", "date", "date_heure", "date_et_heure", "date_appel", "date_reception", "recu_le"],
        [Channel] = ["channel", "canal"],
        [Language] = ["language", "langue"],
        [CallerType] = ["caller_type", "type_appelant", "type_d_appelant", "appelant"],
        [Category] = ["category", "categorie"],
        [RedirectedTo] = ["redirected_to", "reoriente_vers", "oriente_vers", "orientation"],
        [Province] = ["province", "province_code", "code_province"],
        [Crisis] = ["crisis", "crisis_code", "crise", "code_crise"],
        [Summary] = ["summary", "resume", "description"],
    });

    /// <summary>Maps the property names of <see cref="CommunicationDraft"/> to the columns they come from.</summary>
    private static readonly Dictionary<string, string> DraftProperties = new()
    {
        [nameof(CommunicationDraft.ReceivedAt)] = ReceivedAt,
        [nameof(CommunicationDraft.Channel)] = Channel,
        [nameof(CommunicationDraft.Language)] = Language,
        [nameof(CommunicationDraft.CallerType)] = CallerType,
        [nameof(CommunicationDraft.Category)] = Category,
        [nameof(CommunicationDraft.RedirectedTo)] = RedirectedTo,
        [nameof(CommunicationDraft.ProvinceCode)] = Province,
        [nameof(CommunicationDraft.CrisisId)] = Crisis,
        [nameof(CommunicationDraft.Summary)] = Summary,
    };

    /// <summary>Returns the column that a header name stands for, or null for a column the import ignores.</summary>
    public static string? Resolve(string header) => Aliases.GetValueOrDefault(HeaderKey(header));

    /// <summary>Returns the column of a draft property named in a validation error.</summary>
    public static string FromDraftProperty(string propertyName) =>
        DraftProperties.GetValueOrDefault(propertyName) ?? propertyName;

    /// <summary>
    /// Folds a header name for matching: case, accents, spaces, hyphens, apostrophes and underscores are
    /// ignored, so "Date d'appel", "date_appel" and "DateAppel" match.
    /// </summary>
    public static string HeaderKey(string header)
    {
        var folded = SearchText.Fold(header);
        var key = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    private static Dictionary<string, string> BuildAliases(Dictionary<string, string[]> aliases)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (column, names) in aliases)
        {
            foreach (var name in names)
            {
                result.Add(HeaderKey(name), column);
            }
        }

        return result;
    }
}

/// <summary>
/// Finds the code of a reference list entry from its code or from its French, Arabic or English label,
/// ignoring case, accents, Arabic letter variants and repeated spaces.
/// </summary>
public sealed class CodeLookup
{
    private readonly Dictionary<string, string> codes = new(StringComparer.Ordinal);

    public CodeLookup(IReadOnlyList<ReferenceLabel> labels)
    {
        foreach (var label in labels)
        {
            foreach (var text in new[] { label.Code, label.Fr, label.Ar, label.En })
            {
                var key = Key(text);
                if (codes.TryGetValue(key, out var existing) && existing != label.Code)
                {
                    throw new InvalidOperationException(
                        $"The label '{text}' belongs to both '{existing}' and '{label.Code}': the import could not tell them apart.");
                }

                codes[key] = label.Code;
            }
        }
    }

    /// <summary>
    /// Returns the code that <paramref name="value"/> names, the value itself when it names none (so that the
    /// validator reports it as unknown), or null for a blank value.
    /// </summary>
    public string? ToCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return codes.GetValueOrDefault(Key(trimmed)) ?? trimmed;
    }

    private static string Key(string text)
    {
        var folded = SearchText.Fold(text.Replace('\u2019', '\''));
        return string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
