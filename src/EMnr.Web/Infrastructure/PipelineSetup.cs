using EMnr.Web.Features;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;
using Serilog;

namespace EMnr.Web.Infrastructure;

internal static class PipelineSetup
{
    public static WebApplication UseEMnrPipeline(this WebApplication app)
    {
        // Outside the exception handler, so that each request is logged with the status the client
        // received (400 for malformed JSON, not the 500 of the exception on its way out).
        // Static files are logged at Verbose, below the default level.
        app.UseSerilogRequestLogging(options => options.GetLevel = (context, _, exception) =>
            exception is not null || context.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error
            : context.GetEndpoint() is null && context.Response.StatusCode < 400 ? Serilog.Events.LogEventLevel.Verbose
            : Serilog.Events.LogEventLevel.Information);
        app.UseExceptionHandler("/Error");

        // API clients get problem details; people get a page in their language.
        app.UseWhen(IsApiRequest, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApiRequest(context), pages => pages.UseStatusCodePagesWithReExecute("/Status", "?code={0}"));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseMiddleware<Accounts.TwoFactorSetupRedirect>();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapEMnrEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") })
            .AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/scalar", options => options.DefaultFonts = false).AllowAnonymous();
        app.MapPost("/culture", SetCulture).AllowAnonymous().ExcludeFromDescription();
        app.MapEMnrApi();
        return app;
    }

    /// <summary>Stores the chosen language in a cookie for a year and returns to the page.</summary>
    private static IResult SetCulture(HttpContext context, [Microsoft.AspNetCore.Mvc.FromForm] string culture,
        [Microsoft.AspNetCore.Mvc.FromForm] string? returnUrl)
    {
        if (!LocalizationSetup.Cultures.Contains(culture))
        {
            return Results.Problem(statusCode: 400, title: $"Unknown language '{culture}'. Use fr, ar or en.");
        }

        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
        var target = IsLocalPath(returnUrl) ? returnUrl! : "/";
        return Results.LocalRedirect(target);
    }

    public static bool IsApiRequest(HttpContext context) => IsApiPath(context.Request.Path.Value);

    public static bool IsApiPath(string? path) =>
        new PathString(path).StartsWithSegments("/api") || new PathString(path).StartsWithSegments("/health");

    /// <summary>Accepts only a path on this site, never <c>//host</c> or <c>/\host</c>.</summary>
    public static bool IsLocalPath(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
