using System.Net.Http.Headers;
using System.Net.Http.Json;
using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Web.Features;
using EMnr.Web.Tests.Browser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;

namespace EMnr.Web.Tests.Infrastructure;

/// <summary>
/// The one web host of a test run, served on a real Kestrel port so that browser tests can reach
/// it, on a PostgreSQL database of its own. <see cref="ResetAsync"/> empties the records between
/// tests and keeps reference data and accounts.
/// </summary>
public sealed class EMnrApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly TestDatabase database = new();
    private readonly Dictionary<string, string> tokens = [];
    private Respawner? respawner;

    public string ConnectionString => database.ConnectionString;

    /// <summary>Where the test host writes the e-mails it sends, one .eml file each.</summary>
    public string MailFolder { get; } = Path.Combine(Path.GetTempPath(), "emnr-test-mail", Guid.NewGuid().ToString("N"));

    /// <summary>Base address of the Kestrel server, for browsers.</summary>
    public Uri ServerAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await database.StartAsync();
        UseKestrel(0);
        StartServer();
        ServerAddress = ClientOptions.BaseAddress;
        await CreateAccountsAsync();

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore =
            [
                "__EFMigrationsHistory", "regions", "provinces", "institutions", "crises", "data_protection_keys",
                "indicator_guide_versions",
                "asp_net_users", "asp_net_roles", "asp_net_user_roles", "asp_net_user_claims", "asp_net_role_claims",
                "asp_net_user_logins", "asp_net_user_tokens",
                // Append-only: a trigger rejects deletes, so tests find their own entries by record id.
                "audit_entries",
            ],
        });
    }

    /// <summary>Deletes every record created by a test; reference data and accounts stay.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await respawner!.ResetAsync(connection);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:EMnr", database.ConnectionString);
        builder.UseSetting("Demo:Enabled", "false");
        builder.UseSetting("Demo:Password", TestAccounts.Password);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        // Tests run scheduled jobs themselves, at the instants they choose, through JobScheduler.
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Email:Delivery", "PickupFolder");
        builder.UseSetting("Email:PickupFolder", MailFolder);
    }

    /// <summary>An API client signed in with a bearer token of the given account.</summary>
    public async Task<HttpClient> ApiClientAsync(string email)
    {
        var client = CreateClient();
        if (!tokens.TryGetValue(email, out var token))
        {
            var response = await client.PostAsJsonAsync(
                $"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/login", new { email, password = TestAccounts.Password });
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
            token = body!.AccessToken;
            tokens[email] = token;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Runs work against the database with a fresh context.</summary>
    public async Task<T> WithDbAsync<T>(Func<EMnrDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EMnrDbContext>();
        return await work(db);
    }

    public async Task<Guid> InstitutionIdAsync(string code) =>
        await WithDbAsync(db => db.Institutions.Where(i => i.Code == code).Select(i => i.Id).SingleAsync());

    private async Task CreateAccountsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<EMnrDbContext>();
        var institutions = await db.Institutions.ToDictionaryAsync(i => i.Code, i => i.Id);
        foreach (var (email, role, institutionCode) in TestAccounts.All)
        {
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = role,
                InstitutionId = institutions[institutionCode],
            };
            var created = await users.CreateAsync(user, TestAccounts.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
        }
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await database.DisposeAsync();
    }

    private sealed record TokenResponse(string AccessToken);
}

/// <summary>
/// Tests that share the web host. They run one after another because each test resets the
/// database. The browser fixture launches Chromium only when the first browser test requests it.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<EMnrApp>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "app";
}

/// <summary>Base of every integration test: shares the host and starts each test on empty records.</summary>
[Collection(AppCollection.Name)]
public abstract class IntegrationTest(EMnrApp app) : IAsyncLifetime
{
    protected EMnrApp App { get; } = app;

    public virtual Task InitializeAsync() => App.ResetAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;
}
