using EMnr.Core.Data;
using EMnr.Web.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Infrastructure;

internal static partial class DatabaseInitializer
{
    /// <summary>
    /// Applies migrations and seeds reference data (and the demo data set when enabled) before the
    /// app takes requests. EF Core holds a migration lock, so two instances starting together are safe.
    /// </summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (!database.MigrateOnStart)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EMnrDbContext>();
        await db.Database.MigrateAsync();

        var seeder = scope.ServiceProvider.GetRequiredService<DatabaseSeeder>();
        await seeder.SeedAsync(demo.Enabled, CancellationToken.None);

        if (demo.Enabled)
        {
            var demoSeeder = scope.ServiceProvider.GetRequiredService<DemoDataSeeder>();
            var password = demoSeeder.Password;
            var key = demoSeeder.AuthenticatorKey;
            app.Lifetime.ApplicationStarted.Register(() => PrintBanner(app, password, key));
        }
    }

    /// <summary>Prints the address and the demo sign-ins on standard output, never into the logs.</summary>
    private static void PrintBanner(WebApplication app, string? password, string? authenticatorKey)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        var url = addresses?.FirstOrDefault() ?? "(unknown address)";
        var lines = new List<string>
        {
            "",
            "E-MNR is running at " + url,
            "Demo accounts (invented data), password: " + password,
        };
        lines.AddRange(DemoDataSeeder.Accounts.Select(a => $"  {a.Email,-24} {a.Role}"));
        lines.Add("Two-factor sign-in: add this key to an authenticator app (TOTP, 6 digits, 30 s), or run");
        lines.Add($"  oathtool --totp -b {authenticatorKey}");
        lines.Add($"  key: {authenticatorKey}");
        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
