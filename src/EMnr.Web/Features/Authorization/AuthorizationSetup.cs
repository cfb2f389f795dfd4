using Microsoft.AspNetCore.Authorization;

namespace EMnr.Web.Features.Authorization;

internal static class AuthorizationSetup
{
    /// <summary>Registers one record handler per record type. They are scoped because they query the request's DbContext.</summary>
    public static IServiceCollection AddEMnrRecordAuthorization(this IServiceCollection services)
    {
        services.AddScoped<IAuthorizationHandler, ReportAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, PersonAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, ReportAttachmentAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, CommunicationAuthorizationHandler>();
        services.AddScoped<RecordAccess>();
        return services;
    }
}
