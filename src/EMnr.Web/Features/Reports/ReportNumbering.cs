using System.Globalization;
using EMnr.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Reports;

/// <summary>
/// Issues yearly reference numbers (EMNR-2023-00034) with no gaps and no duplicates. The counter row
/// is updated in the caller's transaction: concurrent creations wait on its row lock, and a rolled
/// back creation gives its number back.
/// </summary>
internal static class ReportNumbering
{
    public static async Task<(int Sequence, string Reference)> NextAsync(EMnrDbContext db, int year, CancellationToken cancellationToken)
    {
        // ToListAsync, not SingleAsync: EF must not wrap an INSERT in a sub-select.
        var rows = await db.Database.SqlQuery<int>($"""
            INSERT INTO report_counters (year, last_sequence) VALUES ({year}, 1)
            ON CONFLICT (year) DO UPDATE SET last_sequence = report_counters.last_sequence + 1
            RETURNING last_sequence AS "Value"
            """).ToListAsync(cancellationToken);
        var sequence = rows.Single();
        return (sequence, Format(year, sequence));
    }

    public static string Format(int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"EMNR-{year}-{sequence:D5}");
}
