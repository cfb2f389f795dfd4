using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace EMnr.Core.Time;

/// <summary>
/// Conversions between stored UTC instants and Morocco's local clock (Africa/Casablanca),
/// which moves back one hour around Ramadan. Uses the IANA database embedded in NodaTime,
/// so results do not depend on the host's tzdata.
/// </summary>
public static class MoroccoTime
{
    public const string ZoneId = "Africa/Casablanca";

    public const string DisplayPattern = "dd/MM/yyyy HH:mm";

    private static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb[ZoneId];

    private static readonly LocalDateTimePattern InputPattern =
        LocalDateTimePattern.CreateWithInvariantCulture(DisplayPattern);

    public static DateTime ToLocal(DateTimeOffset instant) =>
        Instant.FromDateTimeOffset(instant).InZone(Zone).LocalDateTime.ToDateTimeUnspecified();

    public static DateOnly ToLocalDate(DateTimeOffset instant) =>
        DateOnly.FromDateTime(ToLocal(instant));

    public static string Format(DateTimeOffset instant) =>
        ToLocal(instant).ToString(DisplayPattern, CultureInfo.InvariantCulture);

    /// <summary>Converts a local wall-clock time to UTC; skipped or repeated times take the later offset.</summary>
    public static DateTimeOffset FromLocal(DateTime local) =>
        LocalDateTime.FromDateTime(local).InZoneLeniently(Zone).ToDateTimeOffset().ToUniversalTime();

    /// <summary>First instant of a local day, in UTC.</summary>
    public static DateTimeOffset StartOfDay(DateOnly date) =>
        Zone.AtStartOfDay(LocalDate.FromDateOnly(date)).ToDateTimeOffset().ToUniversalTime();

    /// <summary>
    /// Parses <c>dd/MM/yyyy HH:mm</c> local time, accepting Arabic-Indic and Persian digits.
    /// Returns null when the text does not match.
    /// </summary>
    public static DateTimeOffset? TryParseLocal(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var result = InputPattern.Parse(Digits.ToAscii(text.Trim()));
        return result.Success ? FromLocal(result.Value.ToDateTimeUnspecified()) : null;
    }

    /// <summary>Parses <c>dd/MM/yyyy</c> (or ISO <c>yyyy-MM-dd</c>), accepting Arabic-Indic digits.</summary>
    public static DateOnly? TryParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var ascii = Digits.ToAscii(text.Trim());
        string[] formats = ["dd/MM/yyyy", "yyyy-MM-dd"];
        return DateOnly.TryParseExact(ascii, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }
}
