using System.Collections.Concurrent;
using System.Net.Http.Json;
using EMnr.Web.Features;
using EMnr.Web.Tests.Communications;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EMnr.Web.Tests.Browser;

/// <summary>
/// Base of the browser tests: a fresh browser context per test on empty records, with guards
/// that record console errors, uncaught script errors, content security policy violations and
/// any request to another origin. Requests to another origin are aborted, so the pages are
/// tested as they behave offline.
/// </summary>
public abstract class BrowserTest(EMnrApp app, BrowserFixture browserFixture) : IntegrationTest(app)
{
    /// <summary>Maximum wait of each Playwright action and web-first assertion, in milliseconds.</summary>
    private const float ActionTimeoutMs = 10_000;

    private IBrowserContext? context;

    protected IBrowserContext Context => context ?? throw new InvalidOperationException("The browser context is not open yet.");

    /// <summary>The page opened for the test.</summary>
    protected IPage Page { get; private set; } = null!;

    /// <summary>Console messages of type error, with the page address.</summary>
    protected ConcurrentQueue<string> ConsoleErrors { get; } = new();

    /// <summary>Content security policy violations reported by the pages.</summary>
    protected ConcurrentQueue<string> CspViolations { get; } = new();

    /// <summary>Addresses outside the app's origin that the pages requested. The guard aborted each of them.</summary>
    protected ConcurrentQueue<string> ForeignRequests { get; } = new();

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var browser = await browserFixture.GetBrowserAsync();
        context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.ServerAddress.ToString(),
            Locale = "fr-FR",
            TimezoneId = "Africa/Casablanca",

            // Wider than Bootstrap's lg breakpoint (992 px), so the navbar and its language buttons are not collapsed.
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(ActionTimeoutMs);
        SetDefaultExpectTimeout(ActionTimeoutMs);

        await context.RouteAsync("**/*", KeepRequestsOnOriginAsync);
        await context.ExposeFunctionAsync("emnrTestReportCspViolation", (string violation) => CspViolations.Enqueue(violation));
        await context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
                window.emnrTestReportCspViolation(`${e.documentURI}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
            """);
        context.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Enqueue($"{message.Page?.Url}: {message.Text}");
            }
        };
        context.WebError += (_, error) => ConsoleErrors.Enqueue($"{error.Page?.Url}: uncaught {error.Error}");

        Page = await context.NewPageAsync();
    }

    public override async Task DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }

        await base.DisposeAsync();
    }

    /// <summary>Signs in through the login page and waits for the page it leads to.</summary>
    protected async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#Input_Email").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(TestAccounts.Password);
        await page.Locator("main form button[type=submit]").ClickAsync();

        // Every test account has two-factor sign-in with a known key: enter the current code.
        await page.Locator("#Input_Code").FillAsync(Totp.Code(TestAccounts.AuthenticatorKey));
        await page.Locator("main form button[type=submit]").ClickAsync();
        await Expect(page.Locator("form[action='/Account/Logout'] button")).ToBeVisibleAsync();
    }

    /// <summary>Chooses a language with the navbar buttons (fr, ar or en) and waits for the page to reload in it.</summary>
    protected static async Task SwitchLanguageAsync(IPage page, string culture)
    {
        await page.Locator($"form[action='/culture'] button[value='{culture}']").ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
    }

    /// <summary>Records a communication through the API as the operator, as a second record the pages must tell apart.</summary>
    protected async Task<Guid> CreateCommunicationAsync(string summary, string category = "SuspectedTrafficking")
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var request = CommunicationRequests.Valid(summary: summary).With("category", category);
        var response = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Communications}", request);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<CreatedCommunication>();
        return body!.Id;
    }

    private async Task KeepRequestsOnOriginAsync(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        var local = url.Scheme is "data" or "blob" or "about"
            || (url.Scheme == App.ServerAddress.Scheme && url.Host == App.ServerAddress.Host && url.Port == App.ServerAddress.Port);
        if (local)
        {
            await route.ContinueAsync();
            return;
        }

        ForeignRequests.Enqueue(route.Request.Url);
        await route.AbortAsync("blockedbyclient");
    }

    private sealed record CreatedCommunication(Guid Id);
}
