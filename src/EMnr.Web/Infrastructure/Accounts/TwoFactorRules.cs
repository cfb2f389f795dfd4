using System.Security.Claims;
using EMnr.Core.Identity;

namespace EMnr.Web.Infrastructure.Accounts;

/// <summary>Which accounts must sign in with an authenticator app, and how a session shows that it did.</summary>
public static class TwoFactorRules
{
    /// <summary>Claim type and value that Identity adds to a principal signed in with a second factor.</summary>
    public const string AuthenticationMethodClaim = "amr";
    public const string MultiFactorValue = "mfa";

    /// <summary>
    /// Roles that see a person's identity, or manage the accounts that do. Analysts see aggregates only
    /// and partner systems are machine accounts that use the API, so neither needs a second factor.
    /// </summary>
    public static readonly IReadOnlyList<string> RequiredRoles =
    [
        Roles.Administrator,
        Roles.CommissionReviewer,
        Roles.HotlineOperator,
        Roles.InstitutionCaseworker,
        Roles.InstitutionManager,
    ];

    public static bool IsRequiredFor(ClaimsPrincipal user) => RequiredRoles.Any(user.IsInRole);

    public static bool IsRequiredFor(IEnumerable<string> roles) => roles.Any(RequiredRoles.Contains);

    public static bool SignedInWithSecondFactor(ClaimsPrincipal user) =>
        user.HasClaim(AuthenticationMethodClaim, MultiFactorValue);
}
