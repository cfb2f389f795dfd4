using EMnr.Core.Time;

namespace EMnr.Core.Crises;

/// <summary>Picks the active crisis whose provinces and reporting window contain a communication.</summary>
public static class CrisisSuggestion
{
    public static Crisis? Find(IEnumerable<Crisis> crises, string? provinceCode, DateTimeOffset receivedAt)
    {
        if (string.IsNullOrEmpty(provinceCode))
        {
            return null;
        }

        var localDate = MoroccoTime.ToLocalDate(receivedAt);
        return crises
            .Where(c => c.IsActive && c.ProvinceCodes.Contains(provinceCode))
            .Where(c => localDate >= c.WindowStart && localDate <= c.WindowEnd)
            .OrderByDescending(c => c.WindowStart)
            .FirstOrDefault();
    }

    /// <summary>UTC bounds of a crisis window: first instant included, first instant excluded.</summary>
    public static (DateTimeOffset From, DateTimeOffset Until) WindowBounds(Crisis crisis) =>
        (MoroccoTime.StartOfDay(crisis.WindowStart), MoroccoTime.StartOfDay(crisis.WindowEnd.AddDays(1)));
}
