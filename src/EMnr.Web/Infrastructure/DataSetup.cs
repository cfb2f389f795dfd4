using EMnr.Core.Data;
using EMnr.Web.Features.Auditing;
using Microsoft.AspNetCore.DataProtection;

namespace EMnr.Web.Infrastructure;

internal static class DataSetup
{
    public static IServiceCollection AddEMnrData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("EMnr");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "The connection string 'EMnr' is missing. Set ConnectionStrings__EMnr, or start the " +
                "platform with scripts/run, which starts a local PostgreSQL and sets it.");
        }

        // Every tracked change is audited in the same SaveChanges (see AuditInterceptor).
        services.AddSingleton<AuditInterceptor>();
        services.AddDbContext<EMnrDbContext>((provider, options) => options
            .UseEMnrDatabase(connectionString)
            .AddInterceptors(provider.GetRequiredService<AuditInterceptor>()));

        // Keys live in PostgreSQL so that cookies, bearer tokens and antiforgery tokens survive
        // restarts and are shared by every instance behind a load balancer.
        services.AddDataProtection()
            .SetApplicationName("EMnr")
            .PersistKeysToDbContext<EMnrDbContext>();

        services.AddHealthChecks()
            .AddDbContextCheck<EMnrDbContext>("database", tags: ["ready"]);

        return services;
    }
}
