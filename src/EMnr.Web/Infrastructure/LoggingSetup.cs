using Serilog;

namespace EMnr.Web.Infrastructure;

internal static class LoggingSetup
{
    /// <summary>
    /// Sends all logs through Serilog. Request logs carry method, path, status and timing only:
    /// no bodies, no query strings, no headers, because those can hold personal data.
    /// </summary>
    public static void AddEMnrLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture));
    }
}
