using EMnr.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Benchmarks;

/// <summary>
/// The real web app, hosted in memory on the benchmark database. Starting it applies the EF Core
/// migrations and seeds the reference data (regions, provinces, institutions, the Al Haouz crisis).
/// </summary>
internal sealed class BenchmarkApp(string connectionString) : WebApplicationFactory<Program>
{
    public SqlCapture Capture { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The build copies the web app's appsettings files next to the benchmark, as a publish would.
        // WebApplicationFactory would otherwise look for the web project relative to the working directory.
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:EMnr", connectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Demo:Enabled", "false");

        // No scheduled jobs (the referral deadline job would change the loaded rows) and no SMTP server.
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Email:Delivery", "PickupFolder");
        builder.UseSetting("Email:PickupFolder", Path.Combine(Path.GetTempPath(), "emnr-bench-mail"));
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.EntityFrameworkCore.Migrations", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Override:Microsoft.AspNetCore", "Error");
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<EMnrDbContext>(options => options.AddInterceptors(Capture)));
    }
}
