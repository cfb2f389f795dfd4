using EMnr.Core.Communications;
using EMnr.Core.Crises;
using EMnr.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Crises;

/// <summary>Computes crisis figures from the communication records in one scan, never from stored totals.</summary>
public sealed class CrisisFigureQueries(EMnrDbContext db)
{
    public async Task<CrisisFiguresResponse> ComputeAsync(Crisis crisis, CancellationToken cancellationToken)
    {
        var (from, until) = CrisisSuggestion.WindowBounds(crisis);

        // One pass with GROUPING SETS. The grouping mask marks which breakdown each row belongs to.
        var rows = await db.Database.SqlQuery<FigureRow>($"""
            SELECT GROUPING(category, local_day, channel, province_code, redirected_to) AS grouping_mask,
                   category, local_day, channel, province_code, redirected_to, count(*)::int AS count
            FROM (
                SELECT category, channel, province_code, redirected_to,
                       (received_at AT TIME ZONE 'Africa/Casablanca')::date AS local_day
                FROM communications
                WHERE crisis_id = {crisis.Id} AND received_at >= {from} AND received_at < {until}
            ) AS c
            GROUP BY GROUPING SETS ((category), (local_day), (channel), (province_code), (redirected_to), ())
            """).ToListAsync(cancellationToken);

        // GROUPING(a, b, c, d, e) sets bit 4 for a (category) down to bit 0 for e (redirected_to);
        // a row grouped by one column has that column's bit clear and every other bit set.
        const int all = 0b11111;
        var total = rows.SingleOrDefault(r => r.GroupingMask == all)?.Count ?? 0;
        var byCategory = Buckets(rows, all & ~0b10000, r => r.Category);
        var byDay = Buckets(rows, all & ~0b01000, r => r.LocalDay?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var byChannel = Buckets(rows, all & ~0b00100, r => r.Channel);
        var byProvince = Buckets(rows, all & ~0b00010, r => r.ProvinceCode);
        var byRedirection = Buckets(rows, all & ~0b00001, r => r.RedirectedTo);

        var suspected = rows.SingleOrDefault(r =>
            r.GroupingMask == (all & ~0b10000) && r.Category == nameof(CommunicationCategory.SuspectedTrafficking))?.Count ?? 0;

        return new CrisisFiguresResponse(
            crisis.Id,
            crisis.Code,
            crisis.WindowStart,
            crisis.WindowEnd,
            total,
            FigureCount.Of(suspected),
            byCategory,
            WithheldTogether(AllDays(crisis, byDay)),
            byChannel,
            byProvince,
            byRedirection.Where(b => b.Key != "none").ToList());
    }

    private static List<FigureBucket> Buckets(List<FigureRow> rows, int mask, Func<FigureRow, string?> key) =>
        WithheldTogether(rows.Where(r => r.GroupingMask == mask)
            .Select(r => (Key: key(r) ?? "none", r.Count))
            .OrderByDescending(b => b.Count).ThenBy(b => b.Key, StringComparer.Ordinal)
            .Select(b => ToBucket(b.Key, b.Count))
            .ToList());

    /// <summary>
    /// Withholds a second cell when a breakdown would withhold exactly one: otherwise the total minus
    /// the shown cells gives the hidden count back. The smallest shown non-zero cell goes with it.
    /// </summary>
    public static List<FigureBucket> WithheldTogether(List<FigureBucket> buckets)
    {
        if (buckets.Count(b => b.Suppressed) != 1)
        {
            return buckets;
        }

        var smallest = buckets.Where(b => !b.Suppressed && b.Count > 0).OrderBy(b => b.Count).FirstOrDefault();
        return smallest is null
            ? buckets
            : buckets.Select(b => b == smallest ? b with { Count = null, Suppressed = true } : b).ToList();
    }

    /// <summary>Lists every day of the window in order, with zero for days that had no communication.</summary>
    private static List<FigureBucket> AllDays(Crisis crisis, List<FigureBucket> byDay)
    {
        var known = byDay.ToDictionary(b => b.Key, StringComparer.Ordinal);
        var days = new List<FigureBucket>();
        for (var day = crisis.WindowStart; day <= crisis.WindowEnd; day = day.AddDays(1))
        {
            var key = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            days.Add(known.TryGetValue(key, out var bucket) ? bucket : new FigureBucket(key, 0, false));
        }

        return days;
    }

    private static FigureBucket ToBucket(string key, int count)
    {
        var figure = FigureCount.Of(count);
        return new FigureBucket(key, figure.Count, figure.Suppressed);
    }

    private sealed record FigureRow(
        int GroupingMask,
        string? Category,
        DateOnly? LocalDay,
        string? Channel,
        string? ProvinceCode,
        string? RedirectedTo,
        int Count);
}
