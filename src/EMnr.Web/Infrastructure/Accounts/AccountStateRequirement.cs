using EMnr.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace EMnr.Web.Infrastructure.Accounts;

/// <summary>
/// Requires a bearer token whose account is still active, not locked out and unchanged since the token
/// was issued (same security stamp), and, for the roles in <see cref="TwoFactorRules.RequiredRoles"/>,
/// an account with two-factor sign-in enabled. Bearer access tokens carry no server-side session, so
/// this check is what makes a deactivation or a sign-out of every session end API access at once.
/// </summary>
public sealed class AccountStateRequirement(bool requireTwoFactor) : IAuthorizationRequirement
{
    public bool RequireTwoFactor { get; } = requireTwoFactor;
}

/// <summary>Why <see cref="AccountStateRequirement"/> failed, for the problem details of the response.</summary>
public sealed class AccountStateFailure(IAuthorizationHandler handler, string message, bool twoFactorMissing)
    : AuthorizationFailureReason(handler, message)
{
    public bool TwoFactorMissing { get; } = twoFactorMissing;
}

/// <summary>Loads the account once per API request (one primary-key query) to check <see cref="AccountStateRequirement"/>.</summary>
public sealed class AccountStateHandler(SignInManager<AppUser> signInManager) : AuthorizationHandler<AccountStateRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccountStateRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var user = await signInManager.ValidateSecurityStampAsync(context.User);
        if (user is null)
        {
            context.Fail(new AccountStateFailure(this,
                "The token was revoked: the account was deactivated, locked out or signed out of every session. Sign in again.",
                twoFactorMissing: false));
            return;
        }

        if (requirement.RequireTwoFactor && TwoFactorRules.IsRequiredFor(context.User) && !user.TwoFactorEnabled)
        {
            context.Fail(new AccountStateFailure(this,
                "This account must use two-factor sign-in. Set up an authenticator app on the web site " +
                "(or with POST /api/v1/auth/manage/2fa), then sign in again with twoFactorCode.",
                twoFactorMissing: true));
            return;
        }

        context.Succeed(requirement);
    }
}
