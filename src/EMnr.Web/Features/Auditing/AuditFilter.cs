using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EMnr.Core.Auditing;
using EMnr.Core.Time;

namespace EMnr.Web.Features.Auditing;

/// <summary>Filters of the audit browser. Dates are local days in Africa/Casablanca, both included.</summary>
public sealed record AuditFilter
{
    public Guid? UserId { get; init; }

    public Guid? InstitutionId { get; init; }

    public string? Action { get; init; }

    public string? RecordType { get; init; }

    public string? RecordId { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}

/// <summary>Reads and checks audit browser filters from query parameters, for the API and the page.</summary>
public static partial class AuditFilterParser
{
    public static readonly IReadOnlyList<string> Parameters =
        ["userId", "institutionId", "action", "recordType", "recordId", "from", "to", "cursor", "limit"];

    /// <summary>
    /// Parses the filters. Invalid values are added to <paramref name="errors"/> under their
    /// parameter name, and the returned filter leaves them out.
    /// </summary>
    public static AuditFilter Parse(Func<string, string?> value, Dictionary<string, string[]> errors)
    {
        var from = Date(value("from"), "from", errors);
        var to = Date(value("to"), "to", errors);
        if (from is { } f && to is { } t && t < f)
        {
            errors["to"] = ["The end date is before the start date."];
        }

        return new AuditFilter
        {
            UserId = Id(value("userId"), "userId", errors),
            InstitutionId = Id(value("institutionId"), "institutionId", errors),
            Action = Code(value("action"), "action", errors),
            RecordType = Code(value("recordType"), "recordType", errors),
            RecordId = RecordId(value("recordId"), errors),
            From = from,
            To = to,
        };
    }

    /// <summary>Reads an id cursor from a previous page; an invalid one is added to <paramref name="errors"/>.</summary>
    public static long? ParseCursor(string? cursor, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            if (cursor.Length <= 40
                && long.TryParse(Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)), NumberStyles.None,
                    CultureInfo.InvariantCulture, out var id)
                && id > 0)
            {
                return id;
            }
        }
        catch (FormatException)
        {
            // Falls through to the invalid-cursor error.
        }

        errors["cursor"] = ["The cursor is invalid. Use nextCursor from a previous page."];
        return null;
    }

    public static string FormatCursor(long id) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(id.ToString(CultureInfo.InvariantCulture)));

    private static Guid? Id(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Guid.TryParse(text.Trim(), out var id))
        {
            return id;
        }

        errors[field] = [$"'{Clip(text)}' is not a valid id. Expected a GUID such as 0190f3c2-5b7a-7cc1-9a51-2d3c4e5f6a7b."];
        return null;
    }

    private static string? Code(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (CodePattern().IsMatch(trimmed))
        {
            return trimmed;
        }

        errors[field] = [$"'{Clip(text)}' is not a valid {field}: use lowercase letters, digits, '.' and '-', for example report.created."];
        return null;
    }

    private static string? RecordId(string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Trim().Length <= AuditEntry.EntityIdMaxLength)
        {
            return text.Trim();
        }

        errors["recordId"] = [$"The record id is limited to {AuditEntry.EntityIdMaxLength} characters."];
        return null;
    }

    private static DateOnly? Date(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var date = MoroccoTime.TryParseDate(text);
        if (date is null)
        {
            errors[field] = [$"'{Clip(text)}' is not a valid date. Use yyyy-MM-dd or dd/MM/yyyy, a local day in Morocco."];
        }

        return date;
    }

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{0,59}$")]
    private static partial Regex CodePattern();
}
