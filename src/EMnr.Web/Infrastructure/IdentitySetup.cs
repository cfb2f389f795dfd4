using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Web.Infrastructure.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Infrastructure;

internal static class IdentitySetup
{
    public const string ApiPolicy = "Api";

    /// <summary>Bearer policy of Identity's account endpoints (/auth/manage), open before two-factor set-up so that it can be done there.</summary>
    public const string ApiAccountPolicy = "ApiAccount";

    public static IServiceCollection AddEMnrIdentity(this IServiceCollection services)
    {
        services.AddAuthentication(IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme, options =>
            {
                options.BearerTokenExpiration = TimeSpan.FromHours(1);
            })
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.LogoutPath = "/Account/Logout";
            options.AccessDeniedPath = "/Account/AccessDenied";
            options.SlidingExpiration = true;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // API clients get status codes, never a redirect to the HTML sign-in page.
            options.Events.OnRedirectToLogin = context => RejectApiOr(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RejectApiOr(context, StatusCodes.Status403Forbidden);
        });

        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AccountOptions>>((options, accounts) =>
                options.ExpireTimeSpan = TimeSpan.FromMinutes(accounts.Value.SessionIdleMinutes));

        // A sign-out of every session, a password change, a deactivation or a lockout ends other
        // sessions at their next check (every minute by default).
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<AccountOptions>>((options, accounts) =>
            {
                options.ValidationInterval = TimeSpan.FromSeconds(accounts.Value.SessionValidationSeconds);
                options.OnRefreshingPrincipal = KeepSecondFactorClaim;
            });

        services.AddIdentityCore<AppUser>(options =>
            {
                // Length over composition: at least 12 characters, no character-class rules.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedAccount = false;
            })
            .AddRoles<AppRole>()
            .AddEntityFrameworkStores<EMnrDbContext>()
            .AddClaimsPrincipalFactory<EMnrClaimsPrincipalFactory>()
            .AddDefaultTokenProviders()
            .AddApiEndpoints()

            // After AddApiEndpoints, which registers Identity's own sign-in manager.
            .AddSignInManager<EMnrSignInManager>();

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(ApiPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new AccountStateRequirement(requireTwoFactor: true)))
            .AddPolicy(ApiAccountPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.BearerScheme)
                .RequireAuthenticatedUser()
                .AddRequirements(new AccountStateRequirement(requireTwoFactor: false)))
            .AddEMnrPermissionPolicies();

        services.AddScoped<IAuthorizationHandler, AccountStateHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        return services;
    }

    /// <summary>
    /// Carries the "signed in with a second factor" claim over when a cookie is revalidated, because
    /// the principal is rebuilt from the database and the claim exists only in the session.
    /// </summary>
    private static Task KeepSecondFactorClaim(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.CurrentPrincipal is { } current
            && TwoFactorRules.SignedInWithSecondFactor(current)
            && context.NewPrincipal?.Identity is ClaimsIdentity identity
            && !TwoFactorRules.SignedInWithSecondFactor(context.NewPrincipal))
        {
            identity.AddClaim(new Claim(TwoFactorRules.AuthenticationMethodClaim, TwoFactorRules.MultiFactorValue));
        }

        return Task.CompletedTask;
    }

    private static Task RejectApiOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (PipelineSetup.IsApiRequest(context.HttpContext))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
