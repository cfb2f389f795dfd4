namespace EMnr.Web.Infrastructure.Accounts;

/// <summary>
/// Sends a page session of an account that must use two-factor sign-in, but signed in with a password
/// only, to the authenticator set-up page before any other page. The API has its own check
/// (<see cref="AccountStateRequirement"/>), so API paths pass through.
/// </summary>
public sealed class TwoFactorSetupRedirect(RequestDelegate next)
{
    public const string SetupPath = "/Account/TwoFactorSetup";

    private static readonly string[] AllowedPaths =
        [SetupPath, "/Account/Logout", "/Account/AccessDenied", "/Status", "/Error", "/culture"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && !PipelineSetup.IsApiRequest(context)
            && TwoFactorRules.IsRequiredFor(user)
            && !TwoFactorRules.SignedInWithSecondFactor(user)
            && !AllowedPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.Redirect(SetupPath);
            return Task.CompletedTask;
        }

        return next(context);
    }
}
