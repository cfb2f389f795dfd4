using EMnr.Core.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace EMnr.Web.Infrastructure.Accounts;

/// <summary>
/// Requires a bearer token whose account is still active and not locked out, and, for the roles in <see cref="TwoFactorRules.RequiredRoles"/>,
/// an account with two-factor sign-in enabled. Bearer access tokens carry no server-side session, so
/// this check is what makes a deactivation or a lockout end API access at once.
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
public sealed partial class AccountStateHandler(UserManager<AppUser> users, ILogger<AccountStateHandler> logger)
    : AuthorizationHandler<AccountStateRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, AccountStateRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var user = await users.GetUserAsync(context.User);
        var reason = user is null ? "missing"
            : !user.IsActive ? "inactive"
            : await users.IsLockedOutAsync(user) ? "locked-out"
            : null;
        // TODO: compare the token's security stamp too, so that a sign-out of every session ends access
        // tokens at once. A per-request comparison rejected valid test tokens for a reason not yet found.
        // Until then a stamp change ends access tokens at /refresh or at their expiry (one hour).
        if (reason is not null)
        {
            LogRevoked(logger, user?.Id, reason);
            context.Fail(new AccountStateFailure(this,
                "The token was revoked: the account was deactivated or locked out.",
                twoFactorMissing: false));
            return;
        }

        if (requirement.RequireTwoFactor && TwoFactorRules.IsRequiredFor(context.User) && user is { TwoFactorEnabled: false })
        {
            context.Fail(new AccountStateFailure(this,
                "This account must use two-factor sign-in. Set up an authenticator app on the web site " +
                "(or with POST /api/v1/auth/manage/2fa), then sign in again with twoFactorCode.",
                twoFactorMissing: true));
            return;
        }

        context.Succeed(requirement);
    }

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Bearer token of account {UserId} refused: {Reason}")]
    private static partial void LogRevoked(ILogger logger, Guid? userId, string reason);
}
