using EMnr.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Tests.Startup;

[Collection(AppCollection.Name)]
public sealed class StartupTests(EMnrApp app)
{
    [Fact]
    public void Start_DemoEnabledInProduction_IsRefused()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:EMnr", app.ConnectionString);
            builder.UseSetting("Demo:Enabled", "true");
            builder.UseSetting("Database:MigrateOnStart", "false");
        });

        var exception = Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("Demo:Enabled", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ShortDemoPassword_IsRefused()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:EMnr", app.ConnectionString);
            builder.UseSetting("Demo:Password", "short");
            builder.UseSetting("Database:MigrateOnStart", "false");
        });

        Assert.ThrowsAny<OptionsValidationException>(() => factory.CreateClient());
    }

    [Fact]
    public async Task Health_Ready_ReportsDatabase()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_EveryResponse_CarriesContentSecurityPolicy()
    {
        var response = await app.CreateClient().GetAsync("/Account/Login");

        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
