using Microsoft.Playwright;

namespace EMnr.Web.Tests.Browser;

/// <summary>
/// One headless Chromium for the whole test run, launched on first use so that runs without
/// browser tests never start it. Each test opens its own <see cref="IBrowserContext"/>.
/// </summary>
/// <remarks>
/// Uses Debian's Chromium package because Playwright's own browser download is not available
/// where the tests run. Without that package the browser tests fail with the command that installs it.
/// </remarks>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
    [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly Lazy<Task<IBrowser>> browser;
    private IPlaywright? playwright;

    public BrowserFixture()
    {
        browser = new Lazy<Task<IBrowser>>(LaunchAsync);
    }

    /// <summary>Returns the shared browser, launching it on the first call.</summary>
    public Task<IBrowser> GetBrowserAsync() => browser.Value;

    private async Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium is missing at {ChromiumPath}, so the browser tests cannot run. " +
                "Install Debian's package with: apt-get install -y chromium");
        }

        playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (browser.IsValueCreated && browser.Value.IsCompletedSuccessfully)
        {
            await browser.Value.Result.CloseAsync();
        }

        playwright?.Dispose();
    }
}
