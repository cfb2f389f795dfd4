using EMnr.Core.Crises;

namespace EMnr.Core.Tests.Crises;

public sealed class CrisisSuggestionTests
{
    private static readonly Crisis AlHaouz = AlHaouzEarthquake.Create();

    [Theory]
    // 14/09/2023 00:30 local is 13/09/2023 23:30 UTC: inside, on the first day.
    [InlineData("MA-HAO", "2023-09-13T23:30:00Z", true)]
    // 13/09/2023 23:30 local: the day before the window.
    [InlineData("MA-HAO", "2023-09-13T22:30:00Z", false)]
    // 03/10/2023 23:59 local: the last day, included.
    [InlineData("MA-TAR", "2023-10-03T22:59:00Z", true)]
    // 04/10/2023 00:00 local: the day after.
    [InlineData("MA-TAR", "2023-10-03T23:00:00Z", false)]
    // A province outside the crisis.
    [InlineData("MA-CAS", "2023-09-20T10:00:00Z", false)]
    [InlineData(null, "2023-09-20T10:00:00Z", false)]
    public void Find_ProvinceAndTime_SuggestsCrisisInWindow(string? province, string utc, bool expected)
    {
        var found = CrisisSuggestion.Find([AlHaouz], province, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, found is not null);
    }

    [Fact]
    public void Find_InactiveCrisis_SuggestsNothing()
    {
        var inactive = AlHaouzEarthquake.Create();
        inactive.IsActive = false;

        var found = CrisisSuggestion.Find([inactive], "MA-HAO", new DateTimeOffset(2023, 9, 20, 10, 0, 0, TimeSpan.Zero));

        Assert.Null(found);
    }

    [Fact]
    public void WindowBounds_AlHaouz_CoversTwentyLocalDays()
    {
        var (from, until) = CrisisSuggestion.WindowBounds(AlHaouz);

        Assert.Equal(new DateTimeOffset(2023, 9, 13, 23, 0, 0, TimeSpan.Zero), from);
        Assert.Equal(new DateTimeOffset(2023, 10, 3, 23, 0, 0, TimeSpan.Zero), until);
    }
}
