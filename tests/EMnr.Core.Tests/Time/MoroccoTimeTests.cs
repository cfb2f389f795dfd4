using EMnr.Core.Time;

namespace EMnr.Core.Tests.Time;

public sealed class MoroccoTimeTests
{
    [Theory]
    // Outside Ramadan, Morocco is UTC+1.
    [InlineData("2023-09-20T12:00:00Z", "20/09/2023 13:00")]
    // During Ramadan 2023 (19 March to 23 April) the clock went back to UTC+0.
    [InlineData("2023-04-01T12:00:00Z", "01/04/2023 12:00")]
    // Late evening UTC is already the next local day.
    [InlineData("2023-10-03T23:30:00Z", "04/10/2023 00:30")]
    // Years after the tables were written still follow the rule: UTC+1 outside Ramadan.
    [InlineData("2026-12-04T16:42:00Z", "04/12/2026 17:42")]
    [InlineData("2030-07-01T12:00:00Z", "01/07/2030 13:00")]
    // Ramadan 2026 (about 18 February to 20 March): UTC+0.
    [InlineData("2026-03-01T12:00:00Z", "01/03/2026 12:00")]
    public void Format_UtcInstant_ShowsCasablancaTime(string utc, string expected)
    {
        var formatted = MoroccoTime.Format(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, formatted);
    }

    [Fact]
    public void StartOfDay_SummerDay_IsPreviousEveningUtc()
    {
        var start = MoroccoTime.StartOfDay(new DateOnly(2023, 9, 14));

        Assert.Equal(new DateTimeOffset(2023, 9, 13, 23, 0, 0, TimeSpan.Zero), start);
    }

    [Fact]
    public void StartOfDay_RamadanDay_IsMidnightUtc()
    {
        var start = MoroccoTime.StartOfDay(new DateOnly(2023, 4, 1));

        Assert.Equal(new DateTimeOffset(2023, 4, 1, 0, 0, 0, TimeSpan.Zero), start);
    }

    [Theory]
    [InlineData("14/09/2023 10:30")]
    [InlineData("١٤/٠٩/٢٠٢٣ ١٠:٣٠")]
    [InlineData("۱۴/۰۹/۲۰۲۳ ۱۰:۳۰")]
    [InlineData("  14/09/2023 10:30 ")]
    public void TryParseLocal_LatinOrArabicDigits_ReturnsUtc(string text)
    {
        var parsed = MoroccoTime.TryParseLocal(text);

        Assert.Equal(new DateTimeOffset(2023, 9, 14, 9, 30, 0, TimeSpan.Zero), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2023-09-14 10:30")]
    [InlineData("31/02/2023 10:00")]
    [InlineData("14/09/2023 25:00")]
    [InlineData("hier")]
    public void TryParseLocal_Malformed_ReturnsNull(string text)
    {
        Assert.Null(MoroccoTime.TryParseLocal(text));
    }

    [Theory]
    [InlineData("03/10/2023", 2023, 10, 3)]
    [InlineData("2023-10-03", 2023, 10, 3)]
    [InlineData("٠٣/١٠/٢٠٢٣", 2023, 10, 3)]
    public void TryParseDate_AcceptedForms_ReturnsDate(string text, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), MoroccoTime.TryParseDate(text));
    }
}
