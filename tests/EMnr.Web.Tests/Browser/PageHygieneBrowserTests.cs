using EMnr.Core.Crises;
using EMnr.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace EMnr.Web.Tests.Browser;

/// <summary>
/// The main pages must run without script errors under the content security policy and load
/// every asset from the app itself, because hotline workstations may have no internet access.
/// </summary>
public sealed class PageHygieneBrowserTests(EMnrApp app, BrowserFixture browserFixture) : BrowserTest(app, browserFixture)
{
    [Fact]
    public async Task MainPages_BothLanguages_CleanAndLocal()
    {
        var id = await CreateCommunicationAsync("Témoin d'un atelier clandestin employant des mineurs.");
        var crisisId = AlHaouzEarthquake.Create().Id;
        string[] paths =
        [
            "/",
            "/Communications/Create",
            "/Communications",
            "/Communications?Q=atelier&Category=SuspectedTrafficking",
            $"/Communications/Details/{id}",
            $"/Communications/Edit/{id}",
            "/Communications/ReportsToOpen",
            "/Crises",
            $"/Crises/Details/{crisisId}",
        ];
        var visited = new List<string>();

        await Page.GotoAsync("/Account/Login");
        visited.Add("/Account/Login");
        await SignInAsync(Page, TestAccounts.Operator);
        foreach (var culture in new[] { "fr", "ar" })
        {
            await SwitchLanguageAsync(Page, culture);
            foreach (var path in paths)
            {
                var response = await Page.GotoAsync(path);
                Assert.NotNull(response);
                Assert.True(response.Ok, $"{path} in {culture} returned HTTP {response.Status}.");
                visited.Add($"{culture} {path}");
            }
        }

        // The correction form posts and comes back to the details page, with the history.
        await Page.GotoAsync($"/Communications/Edit/{id}");
        await Page.Locator("#Input_Summary").FillAsync("Témoin d'un atelier clandestin.");
        await Page.Locator("#save").ClickAsync();
        await Expect(Page.Locator("#revisions")).ToBeVisibleAsync();

        Assert.Equal(paths.Length * 2 + 1, visited.Count);
        Assert.True(ConsoleErrors.IsEmpty, "Console errors:\n" + string.Join("\n", ConsoleErrors));
        Assert.True(CspViolations.IsEmpty, "Content security policy violations:\n" + string.Join("\n", CspViolations));
        Assert.True(ForeignRequests.IsEmpty, "Requests outside the app:\n" + string.Join("\n", ForeignRequests));
    }

    [Fact]
    public async Task CspGuard_InlineScript_IsReported()
    {
        await Page.GotoAsync("/Account/Login");

        await Page.EvaluateAsync("""
            () => {
                const script = document.createElement('script');
                script.textContent = 'window.inlineScriptRan = true;';
                document.head.appendChild(script);
            }
            """);

        await Page.WaitForFunctionAsync("() => true");
        Assert.False(await Page.EvaluateAsync<bool>("() => window.inlineScriptRan === true"));
        Assert.Contains(CspViolations, v => v.Contains("script-src", StringComparison.Ordinal));
        Assert.Contains(ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.Ordinal));
    }
}
