using System.Security.Claims;
using EMnr.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Authorization;

/// <summary>
/// Loads one record by id and checks the operation with <see cref="IAuthorizationService"/>. Returns
/// null both when the record does not exist and when the caller may not see it, so that endpoints
/// answer 404 in both cases and ids cannot be probed.
/// </summary>
public sealed class RecordAccess(EMnrDbContext db, IAuthorizationService authorization)
{
    public async Task<T?> FindAsync<T>(
        ClaimsPrincipal user, Guid id, OperationAuthorizationRequirement operation, CancellationToken cancellationToken)
        where T : class
    {
        var record = await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(r => EF.Property<Guid>(r, "Id") == id, cancellationToken);
        return record is not null && await IsAllowedAsync(user, record, operation) ? record : null;
    }

    public async Task<bool> IsAllowedAsync(ClaimsPrincipal user, object record, OperationAuthorizationRequirement operation) =>
        (await authorization.AuthorizeAsync(user, record, operation)).Succeeded;
}
