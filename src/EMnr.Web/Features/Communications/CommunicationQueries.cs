using System.Security.Claims;
using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Text;
using EMnr.Core.Time;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Features.Communications;

/// <summary>
/// One page of a keyset-paginated list, with the number of records that match the filters.
/// When <paramref name="TotalIsExact"/> is false, more than <paramref name="Total"/> records match.
/// </summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string? NextCursor, int Total, bool TotalIsExact);

/// <summary>Reads communications, always within what the caller may see.</summary>
public sealed class CommunicationQueries(EMnrDbContext db, IOptions<CommunicationOptions> options)
{
    /// <summary>Communications visible to the user: the whole line for Commission staff, else their institution's.</summary>
    public IQueryable<Communication> Visible(ClaimsPrincipal user)
    {
        var query = db.Communications.AsNoTracking();
        if (Permissions.SeeAllCommunications.Any(user.IsInRole))
        {
            return query;
        }

        var institutionId = user.GetInstitutionId();
        return query.Where(c => c.InstitutionId == institutionId);
    }

    public async Task<KeysetPage<Communication>> ListAsync(
        ClaimsPrincipal user, CommunicationFilter filter, KeysetCursor? after, int pageSize, CancellationToken cancellationToken)
    {
        var filtered = ApplyFilter(Visible(user), filter);

        // Counting stops one record past MaxExactTotal (10,000 by default): an exact count of a
        // million rows reads them all, and "more than 10,000" is all a reader of the list needs.
        var maxExactTotal = options.Value.MaxExactTotal;
        var counted = await filtered.Take(maxExactTotal + 1).CountAsync(cancellationToken);
        var totalIsExact = counted <= maxExactTotal;
        var total = totalIsExact ? counted : maxExactTotal;

        var page = filtered;
        if (after is { } cursor)
        {
            page = page.Where(c => EF.Functions.LessThan(
                ValueTuple.Create(c.ReceivedAt, c.Id),
                ValueTuple.Create(cursor.At, cursor.Id)));
        }

        var items = await page
            .OrderByDescending(c => c.ReceivedAt).ThenByDescending(c => c.Id)
            .Take(pageSize + 1)
            .ToListAsync(cancellationToken);

        string? next = null;
        if (items.Count > pageSize)
        {
            items.RemoveAt(pageSize);
            next = new KeysetCursor(items[^1].ReceivedAt, items[^1].Id).Encode();
        }

        return new KeysetPage<Communication>(items, next, total, totalIsExact);
    }

    public Task<Communication?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        Visible(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    public Task<List<CommunicationRevision>> RevisionsAsync(Guid communicationId, CancellationToken cancellationToken) =>
        db.CommunicationRevisions.AsNoTracking()
            .Where(r => r.CommunicationId == communicationId)
            .OrderByDescending(r => r.ChangedAt)
            .Take(200)
            .ToListAsync(cancellationToken);

    /// <summary>Shortest summary search, in letters after folding; trigram indexes need three.</summary>
    public const int MinSearchLength = 3;

    /// <summary>Tells whether a search text is long enough to use the trigram index (or empty).</summary>
    public static bool IsSearchable(string? text)
    {
        var length = SearchText.Fold(text).Trim().Length;
        return length == 0 || length >= MinSearchLength;
    }

    public static IQueryable<Communication> ApplyFilter(IQueryable<Communication> query, CommunicationFilter filter)
    {
        if (filter.From is { } from)
        {
            var start = MoroccoTime.StartOfDay(from);
            query = query.Where(c => c.ReceivedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = MoroccoTime.StartOfDay(to.AddDays(1));
            query = query.Where(c => c.ReceivedAt < end);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(c => c.Channel == channel);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(c => c.Category == category);
        }

        if (filter.CrisisId is { } crisisId)
        {
            query = query.Where(c => c.CrisisId == crisisId);
        }

        if (!string.IsNullOrEmpty(filter.ProvinceCode) && !TextRules.IsSubdivisionCode(filter.ProvinceCode))
        {
            // A malformed code matches no province; it must not reach PostgreSQL, which rejects NUL bytes.
            return query.Where(c => false);
        }

        if (!string.IsNullOrEmpty(filter.ProvinceCode))
        {
            query = query.Where(c => c.ProvinceCode == filter.ProvinceCode);
        }

        if (filter.ReportsToOpen)
        {
            query = query.Where(c => c.Category == CommunicationCategory.SuspectedTrafficking && c.ReportId == null);
        }

        var folded = SearchText.Fold(filter.Text).Trim();
        if (folded.Length > 0)
        {
            // The API and the page accept no search under MinSearchLength: such text has no trigram,
            // so the GIN index could not serve it and the query would scan the table.
            var pattern = "%" + EscapeLike(folded) + "%";
            query = query.Where(c => EF.Functions.Like(c.SummarySearch, pattern, "\\"));
        }

        return query;
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
