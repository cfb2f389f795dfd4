using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Accounts;

public sealed record AccountOutcome(AppUser? User, string? Error = null, bool NotFound = false);

/// <summary>
/// Deactivates, reactivates and changes the role of accounts. Each change updates the security stamp,
/// so page sessions pick it up at their next check and refresh tokens stop working. A deactivation
/// also ends bearer access tokens at once, but a role change reaches them only at their expiry. Changes that could remove the last administrator are serialised with a
/// PostgreSQL advisory lock, so two administrators cannot demote each other at the same moment.
/// </summary>
public sealed class AccountWriter(EMnrDbContext db, UserManager<AppUser> users, AccountQueries queries, AuditLog audit)
{
    private const string EntityType = "account";

    /// <summary>Advisory lock key for changes to administrator accounts.</summary>
    private const long AdministratorsLockKey = 0x454D4E52_0015;

    public Task<AccountOutcome> DeactivateAsync(Guid id, ClaimsPrincipal actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, async (user, roles) =>
        {
            if (roles.Contains(Roles.Administrator) && !await AnotherActiveAdministratorAsync(user.Id, cancellationToken))
            {
                return "The last active administrator cannot be deactivated.";
            }

            user.IsActive = false;
            audit.Add(actor, AuditActions.AccountDeactivated, EntityType, user.Id);
            return null;
        }, cancellationToken);

    public Task<AccountOutcome> ReactivateAsync(Guid id, ClaimsPrincipal actor, CancellationToken cancellationToken) =>
        ChangeAsync(id, actor, (user, _) =>
        {
            user.IsActive = true;
            audit.Add(actor, AuditActions.AccountReactivated, EntityType, user.Id);
            return Task.FromResult<string?>(null);
        }, cancellationToken);

    public Task<AccountOutcome> ChangeRoleAsync(Guid id, string? role, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        var newRole = Roles.All.FirstOrDefault(r => string.Equals(r, role, StringComparison.OrdinalIgnoreCase));
        return ChangeAsync(id, actor, async (user, roles) =>
        {
            if (newRole is null)
            {
                return $"Unknown role. Use one of: {string.Join(", ", Roles.All)}.";
            }

            if (!AccountRules.MayAssign(actor, newRole, user.InstitutionId))
            {
                return "Institution managers may give the caseworker and manager roles only.";
            }

            if (roles.Contains(Roles.Administrator) && newRole != Roles.Administrator
                && !await AnotherActiveAdministratorAsync(user.Id, cancellationToken))
            {
                return "The last active administrator cannot lose the administrator role.";
            }

            foreach (var old in roles.Where(r => r != newRole))
            {
                ThrowOnFailure(await users.RemoveFromRoleAsync(user, old));
            }

            if (!roles.Contains(newRole))
            {
                ThrowOnFailure(await users.AddToRoleAsync(user, newRole));
            }

            audit.Add(actor, AuditActions.AccountRoleChanged, EntityType, user.Id);
            return null;
        }, cancellationToken);
    }

    /// <summary>
    /// Loads the account within the actor's scope (404 outside it), refuses changes to one's own
    /// account, applies <paramref name="change"/> and saves it with a new security stamp in one transaction.
    /// </summary>
    private async Task<AccountOutcome> ChangeAsync(Guid id, ClaimsPrincipal actor,
        Func<AppUser, List<string>, Task<string?>> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdministratorsLockKey})", cancellationToken);

        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        var roles = user is null ? [] : (await queries.RolesOfAsync([user.Id], cancellationToken)).GetValueOrDefault(user.Id, []);
        if (user is null || !AccountRules.MayManage(actor, user.InstitutionId, roles))
        {
            return new AccountOutcome(null, NotFound: true);
        }

        if (user.Id == actor.GetUserId())
        {
            return new AccountOutcome(null, "You cannot deactivate your own account or change your own role; ask another administrator.");
        }

        var error = await change(user, roles);
        if (error is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new AccountOutcome(null, error);
        }

        ThrowOnFailure(await users.UpdateSecurityStampAsync(user));
        await transaction.CommitAsync(cancellationToken);
        return new AccountOutcome(user);
    }

    private async Task<bool> AnotherActiveAdministratorAsync(Guid exceptUserId, CancellationToken cancellationToken) =>
        await db.UserRoles
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .Join(db.Users, x => x.UserId, u => u.Id, (x, u) => new { x.Name, u.Id, u.IsActive })
            .AnyAsync(x => x.Name == Roles.Administrator && x.IsActive && x.Id != exceptUserId, cancellationToken);

    private static void ThrowOnFailure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Updating an account failed: " + string.Join(" ", result.Errors.Select(e => e.Code)));
        }
    }
}
