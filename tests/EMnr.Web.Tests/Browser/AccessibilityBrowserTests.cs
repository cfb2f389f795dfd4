using Deque.AxeCore.Playwright;
using EMnr.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace EMnr.Web.Tests.Browser;

/// <summary>Scans the pages an operator uses most with axe-core (bundled by Deque.AxeCore.Playwright 4.14).</summary>
public sealed class AccessibilityBrowserTests(EMnrApp app, BrowserFixture browserFixture) : BrowserTest(app, browserFixture)
{
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    [Theory]
    [InlineData("fr")]
    [InlineData("ar")]
    public async Task FormAndList_HaveNoSeriousAxeViolations(string culture)
    {
        await CreateCommunicationAsync("Témoin d'un atelier clandestin employant des mineurs.");
        await SignInAsync(Page, TestAccounts.Operator);
        await SwitchLanguageAsync(Page, culture);
        var violations = new List<string>();

        await Page.GotoAsync("/Communications/Create");
        violations.AddRange(await ScanAsync("create form"));

        await Page.Locator("#Input_ReceivedAt").FillAsync("31/02/2024 10:00");
        await Page.Locator("#save").ClickAsync();
        await Expect(Page.Locator(".field-validation-error")).ToHaveCountAsync(2);
        violations.AddRange(await ScanAsync("create form with errors"));

        await Page.GotoAsync("/Communications?Q=atelier");
        await Expect(Page.Locator("#result-count")).ToHaveAttributeAsync("data-total", "1");
        violations.AddRange(await ScanAsync("list"));

        Assert.True(violations.Count == 0, $"Serious or critical axe violations in {culture}:\n" + string.Join("\n", violations));
    }

    private async Task<IEnumerable<string>> ScanAsync(string pageName)
    {
        var result = await Page.RunAxe();
        return result.Violations
            .Where(v => BlockingImpacts.Contains(v.Impact))
            .SelectMany(v => v.Nodes.Select(n => $"{pageName}: {v.Id} ({v.Impact}) {v.Help} at {n.Target}: {n.Html}"));
    }
}
