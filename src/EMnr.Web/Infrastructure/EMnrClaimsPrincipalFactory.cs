using System.Security.Claims;
using EMnr.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Infrastructure;

/// <summary>Adds the account's institution to its claims, for cookies and bearer tokens alike.</summary>
internal sealed class EMnrClaimsPrincipalFactory(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(EMnrClaims.InstitutionId, user.InstitutionId.ToString()));
        identity.AddClaim(new Claim(EMnrClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
