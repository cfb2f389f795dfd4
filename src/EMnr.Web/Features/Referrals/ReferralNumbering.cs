using System.Globalization;
using EMnr.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Referrals;

/// <summary>
/// Issues yearly referral references (ORI-2026-00012) with no gaps and no duplicates, the way
/// reports are numbered: the counter row is updated in the caller's transaction, so concurrent
/// sending waits on its row lock and a rolled back referral gives its number back.
/// </summary>
internal static class ReferralNumbering
{
    public static async Task<(int Sequence, string Reference)> NextAsync(EMnrDbContext db, int year, CancellationToken cancellationToken)
    {
        // ToListAsync, not SingleAsync: EF must not wrap an INSERT in a sub-select.
        var rows = await db.Database.SqlQuery<int>($"""
            INSERT INTO referral_counters (year, last_sequence) VALUES ({year}, 1)
            ON CONFLICT (year) DO UPDATE SET last_sequence = referral_counters.last_sequence + 1
            RETURNING last_sequence AS "Value"
            """).ToListAsync(cancellationToken);
        var sequence = rows.Single();
        return (sequence, Format(year, sequence));
    }

    public static string Format(int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"ORI-{year}-{sequence:D5}");
}
