using EMnr.Core.Identity;
using EMnr.Web.Features.Accounts;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Authorization;
using EMnr.Web.Features.Communications;
using EMnr.Web.Features.Crises;
using EMnr.Web.Features.Imports;
using EMnr.Web.Features.Institutions;
using EMnr.Web.Features.Notifications;
using EMnr.Web.Features.Persons;
using EMnr.Web.Features.Referrals;
using EMnr.Web.Features.Reports;
using EMnr.Web.Features.Retention;
using EMnr.Web.Features.Screening;
using EMnr.Web.Infrastructure;
using EMnr.Web.Infrastructure.Jobs;
using EMnr.Web.Seeding;
using Microsoft.AspNetCore.Authorization;

namespace EMnr.Web.Features;

internal static class FeatureSetup
{
    public static IServiceCollection AddEMnrFeatures(this IServiceCollection services)
    {
        services.AddScoped<CommunicationQueries>();
        services.AddScoped<CommunicationWriter>();
        services.AddScoped<CallLogImporter>();
        services.AddScoped<CrisisFigureQueries>();
        services.AddScoped<DemoDataSeeder>();
        services.AddHttpContextAccessor();
        services.AddScoped<AuditLog>();
        services.AddScoped<AuditQueries>();
        services.AddScoped<AuditChainVerifier>();
        services.AddScoped<PersonDataExport>();
        services.AddScoped<PersonCorrections>();
        services.AddScheduledJob<RetentionJob>(RetentionJob.Name, RetentionJob.Period);
        services.AddScoped<CaseScope>();
        services.AddScoped<ReportQueries>();
        services.AddScoped<ReportWriter>();
        services.AddScoped<PersonWriter>();
        services.AddScoped<DuplicateFinder>();
        services.AddScoped<CaseAssessment>();
        services.AddScoped<ReportAttachments>();
        services.AddScoped<PersonMerging>();
        services.AddScoped<IndicatorGuides>();
        services.AddScoped<DatabaseSeeder>();
        services.AddScoped<ConsentLedger>();
        services.AddScoped<ConsentWriter>();
        services.AddScoped<Notifier>();
        services.AddScoped<NotificationInbox>();
        services.AddEMnrRecordAuthorization();
        services.AddScoped<ReferralQueries>();
        services.AddScoped<ReferralSender>();
        services.AddScoped<ReferralTransitions>();
        services.AddScheduledJob<ReferralDeadlineJob>(ReferralDeadlineJob.Name, ReferralDeadlineJob.Period);
        services.AddScoped<InstitutionQueries>();
        services.AddScoped<InstitutionWriter>();
        services.AddScoped<InvitationService>();
        services.AddScoped<AccountQueries>();
        services.AddScoped<AccountWriter>();
        return services;
    }

    public static void MapEMnrApi(this IEndpointRouteBuilder app)
    {
        // Identity's token endpoints. Accounts are created by administrators, never by self-registration,
        // so the registration endpoints return 404.
        app.MapGroup($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}")
            .WithTags("Authentication")
            .MapIdentityApi<AppUser>()
            .Add(ConfigureAuthEndpoint);

        var api = app.MapGroup(ApiRoutes.Prefix).RequireAuthorization(IdentitySetup.ApiPolicy);

        api.MapCommunicationEndpoints();
        api.MapImportEndpoints();
        api.MapCrisisEndpoints();
        api.MapReferenceDataEndpoints();
        api.MapReportEndpoints();
        api.MapScreeningEndpoints();
        api.MapAuditEndpoints();
        api.MapPersonDataEndpoints();
        api.MapConsentEndpoints();
        api.MapNotificationEndpoints();
        api.MapReferralEndpoints();
        api.MapInstitutionEndpoints();
        api.MapAccountEndpoints();
    }

    private static readonly string[] DisabledAuthEndpoints = ["/register", "/confirmEmail", "/resendConfirmationEmail"];

    /// <summary>
    /// Opens sign-in and token refresh to anonymous callers, keeps account management behind a
    /// bearer token, and turns self-registration into 404.
    /// </summary>
    private static void ConfigureAuthEndpoint(EndpointBuilder endpoint)
    {
        var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
        if (DisabledAuthEndpoints.Any(d => pattern.EndsWith(d, StringComparison.OrdinalIgnoreCase)))
        {
            endpoint.FilterFactories.Add((_, _) => _ => ValueTask.FromResult<object?>(
                Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Self-registration is not available.")));
        }

        // For roles that must use two-factor sign-in, the API cannot switch it off, reset its key or
        // show the key: a stolen token must not lead to a password-only account. Set-up happens on
        // the account pages, after a password sign-in.
        if (pattern.EndsWith("/manage/2fa", StringComparison.OrdinalIgnoreCase))
        {
            endpoint.FilterFactories.Add((_, next) => context =>
                Infrastructure.Accounts.TwoFactorRules.IsRequiredFor(context.HttpContext.User)
                    ? ValueTask.FromResult<object?>(Results.Problem(statusCode: StatusCodes.Status403Forbidden,
                        title: "Two-factor sign-in is required for your role and is managed on the account pages (/Account/TwoFactorSetup), not through the API."))
                    : next(context));
        }

        if (pattern.Contains("/manage", StringComparison.OrdinalIgnoreCase))
        {
            endpoint.Metadata.Add(new AuthorizeAttribute(IdentitySetup.ApiAccountPolicy));
        }
        else
        {
            endpoint.Metadata.Add(new AllowAnonymousAttribute());
        }
    }
}
