using System.Globalization;

namespace EMnr.Core.Time;

/// <summary>
/// Conversions between stored UTC instants and Morocco's local clock (Africa/Casablanca), which is
/// UTC+1 and moves back to UTC+0 around Ramadan. Uses the host's IANA time zone database (Debian's
/// tzdata), which lists Morocco's transitions year by year.
/// </summary>
public static class MoroccoTime
{
    public const string ZoneId = "Africa/Casablanca";

    public const string DisplayPattern = "dd/MM/yyyy HH:mm";

    /// <summary>Years accepted in typed dates; outside them a date is treated as a typing error.</summary>
    public const int MinYear = 1900;

    public const int MaxYear = 2100;

    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateTime ToLocal(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly ToLocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(ToLocal(instant));

    public static string Format(DateTimeOffset instant) =>
        ToLocal(instant).ToString(DisplayPattern, CultureInfo.InvariantCulture);

    /// <summary>
    /// Converts a local wall-clock time to UTC. A time skipped when the clock moves forward is read
    /// one hour later. A time that occurs twice when the clock moves back is read as its first occurrence.
    /// </summary>
    public static DateTimeOffset FromLocal(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        var offset = Zone.IsAmbiguousTime(unspecified)
            ? Zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : Zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    /// <summary>First instant of a local day, in UTC.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) => FromLocal(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>
    /// Parses <c>dd/MM/yyyy HH:mm</c> local time, accepting Arabic-Indic and Persian digits.
    /// Returns null when the text does not match or the year is outside 1900–2100.
    /// </summary>
    public static DateTimeOffset? TryParseLocal(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var ascii = Digits.ToAscii(text.Trim());
        return DateTime.TryParseExact(ascii, DisplayPattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && local.Year is >= MinYear and <= MaxYear
                ? FromLocal(local)
                : null;
    }

    /// <summary>Parses <c>dd/MM/yyyy</c> (or ISO <c>yyyy-MM-dd</c>), accepting Arabic-Indic digits and years 1900–2100.</summary>
    public static DateOnly? TryParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var ascii = Digits.ToAscii(text.Trim());
        string[] formats = ["dd/MM/yyyy", "yyyy-MM-dd"];
        return DateOnly.TryParseExact(ascii, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= MinYear and <= MaxYear
                ? date
                : null;
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (TimeZoneNotFoundException exception)
        {
            throw new InvalidOperationException(
                $"The time zone {ZoneId} is missing on this host. Install the IANA time zone database (Debian: apt-get install tzdata).",
                exception);
        }
    }
}
