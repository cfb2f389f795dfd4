using System.Security.Claims;
using EMnr.Core.Identity;
using EMnr.Web.Infrastructure;

namespace EMnr.Web.Features.Accounts;

/// <summary>Who may invite and manage which accounts.</summary>
public static class AccountRules
{
    /// <summary>Roles that an institution manager may give, only within their own institution.</summary>
    public static readonly IReadOnlyList<string> ManagerAssignableRoles = [Roles.InstitutionCaseworker, Roles.InstitutionManager];

    public static bool IsAdministrator(ClaimsPrincipal user) => user.IsInRole(Roles.Administrator);

    /// <summary>Tells whether the actor may give <paramref name="role"/> to an account of <paramref name="institutionId"/>.</summary>
    public static bool MayAssign(ClaimsPrincipal actor, string role, Guid institutionId) =>
        IsAdministrator(actor)
        || (actor.IsInRole(Roles.InstitutionManager)
            && actor.GetInstitutionId() == institutionId
            && ManagerAssignableRoles.Contains(role));

    /// <summary>Tells whether the actor may see and manage an account with these roles in this institution.</summary>
    public static bool MayManage(ClaimsPrincipal actor, Guid institutionId, IEnumerable<string> roles) =>
        IsAdministrator(actor)
        || (actor.IsInRole(Roles.InstitutionManager)
            && actor.GetInstitutionId() == institutionId
            && roles.All(ManagerAssignableRoles.Contains));

    public static bool MayListInstitution(ClaimsPrincipal actor, Guid institutionId) =>
        IsAdministrator(actor) || (actor.IsInRole(Roles.InstitutionManager) && actor.GetInstitutionId() == institutionId);
}
