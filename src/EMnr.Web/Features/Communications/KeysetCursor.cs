using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace EMnr.Web.Features.Communications;

/// <summary>Opaque position in a list ordered by time then id, newest first.</summary>
public readonly record struct KeysetCursor(DateTimeOffset At, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{At.UtcTicks}.{Id:N}")));

    public static bool TryDecode(string? text, out KeysetCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(text) || text.Length > 100)
        {
            return false;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(text)).Split('.');
            if (parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks >= DateTimeOffset.MinValue.UtcTicks && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && Guid.TryParseExact(parts[1], "N", out var id))
            {
                cursor = new KeysetCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
                return true;
            }
        }
        catch (FormatException)
        {
            // Falls through to the invalid-cursor result.
        }

        return false;
    }

    /// <summary>
    /// Reads the paging parameters of a list request: an optional cursor from a previous page and a
    /// page size from 1 to 200. Invalid values are added to <paramref name="errors"/> by parameter name.
    /// </summary>
    public static KeysetCursor? ParsePaging(string? cursor, int? limit, Dictionary<string, string[]> errors)
    {
        if (limit is < 1 or > 200)
        {
            errors[nameof(limit)] = ["The limit must be between 1 and 200."];
        }

        if (cursor is null)
        {
            return null;
        }

        if (TryDecode(cursor, out var decoded))
        {
            return decoded;
        }

        errors[nameof(cursor)] = ["The cursor is invalid. Use nextCursor from a previous page."];
        return null;
    }
}
