using System.Buffers.Text;
using System.Text;
using EMnr.Core.Data;
using EMnr.Core.Institutions;
using EMnr.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Institutions;

/// <summary>Reads the institution directory, which every signed-in account may see.</summary>
public sealed class InstitutionQueries(EMnrDbContext db)
{
    /// <summary>Shortest folded search text, so that one letter does not match every institution.</summary>
    public const int MinSearchLength = 2;

    /// <summary>
    /// Lists institutions ordered by code, one page at a time; <paramref name="afterCode"/> is the last
    /// code of the previous page. The unique index on code serves both the order and the cursor.
    /// </summary>
    public async Task<(IReadOnlyList<Institution> Items, string? NextCursor, int Total)> ListAsync(
        InstitutionFilter filter, string? afterCode, int limit, CancellationToken cancellationToken)
    {
        var query = Filter(db.Institutions.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        if (afterCode is not null)
        {
            query = query.Where(i => string.Compare(i.Code, afterCode) > 0);
        }

        var items = await query.OrderBy(i => i.Code).Take(limit + 1).ToListAsync(cancellationToken);
        string? next = null;
        if (items.Count > limit)
        {
            items.RemoveAt(limit);
            next = EncodeCursor(items[^1].Code);
        }

        return (items, next, total);
    }

    public Task<Institution?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);

    public static bool IsSearchable(string? text) =>
        string.IsNullOrWhiteSpace(text) || SearchText.Fold(text).Trim().Length >= MinSearchLength;

    public static string EncodeCursor(string code) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(code));

    public static bool TryDecodeCursor(string? text, out string code)
    {
        code = "";
        if (string.IsNullOrEmpty(text) || text.Length > 100)
        {
            return false;
        }

        try
        {
            code = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            return code.Length is > 0 and <= 40 && TextRules.HasNoControlCharacters(code);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static IQueryable<Institution> Filter(IQueryable<Institution> query, InstitutionFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var folded = SearchText.Fold(filter.Text).Trim();
            query = query.Where(i => i.SearchName.Contains(folded));
        }

        if (filter.Service is { } service)
        {
            query = query.Where(i => i.Services.Contains(service));
        }

        if (filter.ProvinceCode is { } province)
        {
            // An institution without provinces covers the whole country.
            query = query.Where(i => i.ProvinceCodes.Count == 0 || i.ProvinceCodes.Contains(province));
        }

        if (filter.Type is { } type)
        {
            query = query.Where(i => i.Type == type);
        }

        if (filter.Active is { } active)
        {
            query = query.Where(i => i.IsActive == active);
        }

        return query;
    }
}
