using EMnr.Core.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Infrastructure.Accounts;

/// <summary>
/// Identity's sign-in manager with two extra rules: a deactivated account cannot sign in, and a
/// session or refresh token of a deactivated or locked-out account fails its security stamp check.
/// </summary>
public sealed class EMnrSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) =>
        user.IsActive && await base.CanSignInAsync(user);

    /// <summary>
    /// Checks the stamp of a cookie at revalidation and of a refresh token at <c>/refresh</c>; Identity
    /// alone compares the stamp only, so a locked-out account could still refresh its token.
    /// </summary>
    public override async Task<bool> ValidateSecurityStampAsync(AppUser? user, string? securityStamp) =>
        user is { IsActive: true }
        && !await UserManager.IsLockedOutAsync(user)
        && await base.ValidateSecurityStampAsync(user, securityStamp);

    /// <summary>Applies the same rules when Identity validates a whole principal, as <c>/refresh</c> does.</summary>
    public override async Task<AppUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsActive: true } && !await UserManager.IsLockedOutAsync(user) ? user : null;
    }
}
