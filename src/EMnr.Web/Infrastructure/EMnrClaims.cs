using System.Security.Claims;

namespace EMnr.Web.Infrastructure;

public static class EMnrClaims
{
    public const string InstitutionId = "emnr:institution";
    public const string DisplayName = "emnr:display_name";

    public static Guid GetUserId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The signed-in principal has no user id."));

    public static Guid GetInstitutionId(this ClaimsPrincipal user) =>
        Guid.Parse(user.FindFirstValue(InstitutionId)
            ?? throw new InvalidOperationException("The signed-in principal has no institution."));
}
