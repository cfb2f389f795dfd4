using EMnr.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Accounts;

/// <summary>Lists the accounts of one institution for its managers and the administrators.</summary>
public sealed class AccountQueries(EMnrDbContext db)
{
    /// <summary>
    /// One page of accounts ordered by normalized user name (unique index), after <paramref name="afterUserName"/>.
    /// The cursor is the last normalized user name, which is the account's e-mail in capitals.
    /// </summary>
    public async Task<AccountPageResponse> ListAsync(Guid institutionId, string? afterUserName, int limit, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var query = db.Users.AsNoTracking().Where(u => u.InstitutionId == institutionId);
        if (afterUserName is not null)
        {
            query = query.Where(u => string.Compare(u.NormalizedUserName, afterUserName) > 0);
        }

        var users = await query.OrderBy(u => u.NormalizedUserName).Take(limit + 1)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.InstitutionId, u.IsActive, u.TwoFactorEnabled, u.LockoutEnd, u.NormalizedUserName })
            .ToListAsync(cancellationToken);
        string? next = null;
        if (users.Count > limit)
        {
            users.RemoveAt(limit);
            next = InstitutionsCursor(users[^1].NormalizedUserName!);
        }

        var roles = await RolesOfAsync(users.Select(u => u.Id).ToList(), cancellationToken);
        var items = users.Select(u => new AccountSummary(
            u.Id, u.Email ?? "", u.DisplayName, u.InstitutionId, roles.GetValueOrDefault(u.Id, []), u.IsActive,
            u.TwoFactorEnabled, u.LockoutEnd > now)).ToList();
        return new AccountPageResponse(items, next);
    }

    public async Task<Dictionary<Guid, List<string>>> RolesOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken)
    {
        var pairs = await db.UserRoles.Where(ur => userIds.Contains(ur.UserId))
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => g.Select(p => p.Name!).Order().ToList());
    }

    public static string InstitutionsCursor(string normalizedUserName) =>
        Institutions.InstitutionQueries.EncodeCursor(normalizedUserName);

    public static bool TryDecodeCursor(string? text, out string normalizedUserName)
    {
        normalizedUserName = "";
        if (string.IsNullOrEmpty(text) || text.Length > 400)
        {
            return false;
        }

        try
        {
            normalizedUserName = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(text));
            return normalizedUserName.Length is > 0 and <= 256;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
