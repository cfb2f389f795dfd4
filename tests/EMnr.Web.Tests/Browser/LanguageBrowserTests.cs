using System.Text.RegularExpressions;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EMnr.Web.Tests.Browser;

public sealed partial class LanguageBrowserTests(EMnrApp app, BrowserFixture browserFixture) : BrowserTest(app, browserFixture)
{
    private const string CultureCookie = ".AspNetCore.Culture";

    [Fact]
    public async Task Arabic_IsRightToLeftAndRemembered()
    {
        await SignInAsync(Page, TestAccounts.Operator);
        await Page.GotoAsync("/Communications/Create");
        await ExpectLayoutAsync(Page, "fr");

        await SwitchLanguageAsync(Page, "ar");

        await Expect(Page).ToHaveURLAsync(CreatePagePath());
        await ExpectLayoutAsync(Page, "ar");
        await Expect(Page.Locator("label[for=Input_ReceivedAt]")).ToHaveTextAsync("تاريخ الاستقبال");
        await Expect(Page.Locator("label[for=Input_Category]")).ToHaveTextAsync("الفئة");
        await Expect(Page.Locator("label[for=Input_Summary]")).ToHaveTextAsync("الملخص");
        await Expect(Page.Locator("#save")).ToHaveTextAsync("حفظ");
        await Expect(Page.Locator("#Input_Category option[value=SuspectedTrafficking]")).ToHaveTextAsync("اشتباه في الاتجار بالبشر");
        var cookies = await Context.CookiesAsync();
        var culture = Assert.Single(cookies, c => c.Name == CultureCookie);
        Assert.Equal("c=ar|uic=ar", Uri.UnescapeDataString(culture.Value));

        // A new page load, in another tab, finds the choice in the cookie.
        var nextPage = await Context.NewPageAsync();
        await nextPage.GotoAsync("/Communications");
        await ExpectLayoutAsync(nextPage, "ar");
        await Expect(nextPage.Locator("h1")).ToHaveTextAsync("سجل التواصلات");
        await Expect(nextPage.Locator("label[for=Category]")).ToHaveTextAsync("الفئة");

        await SwitchLanguageAsync(nextPage, "fr");

        await ExpectLayoutAsync(nextPage, "fr");
        await Expect(nextPage.Locator("h1")).ToHaveTextAsync("Journal des communications");
        await Page.ReloadAsync();
        await ExpectLayoutAsync(Page, "fr");
        await Expect(Page.Locator("label[for=Input_Category]")).ToHaveTextAsync("Catégorie");
    }

    /// <summary>
    /// Checks the language and direction attributes, the Bootstrap stylesheet for that direction
    /// (loaded, not only linked), and that the navbar brand sits on the side where reading starts.
    /// </summary>
    private static async Task ExpectLayoutAsync(IPage page, string culture)
    {
        var rightToLeft = culture == "ar";
        var html = page.Locator("html");
        await Expect(html).ToHaveAttributeAsync("lang", culture);
        await Expect(html).ToHaveAttributeAsync("dir", rightToLeft ? "rtl" : "ltr");

        var stylesheet = rightToLeft ? "bootstrap.rtl.min.css" : "bootstrap.min.css";
        var otherStylesheet = rightToLeft ? "bootstrap.min.css" : "bootstrap.rtl.min.css";
        await Expect(page.Locator($"link[rel=stylesheet][href*='/{stylesheet}']")).ToHaveCountAsync(1);
        await Expect(page.Locator($"link[rel=stylesheet][href*='/{otherStylesheet}']")).ToHaveCountAsync(0);
        var ruleCount = await page.EvaluateAsync<int>(
            "name => [...document.styleSheets].filter(s => s.href && new URL(s.href).pathname.endsWith('/' + name))" +
            ".reduce((count, s) => count + s.cssRules.length, 0)",
            stylesheet);
        Assert.True(ruleCount > 100, $"{stylesheet} is linked but has {ruleCount} CSS rules; it did not load.");

        var brand = await page.Locator(".navbar-brand").BoundingBoxAsync();
        var width = page.ViewportSize!.Width;
        Assert.NotNull(brand);
        if (rightToLeft)
        {
            Assert.True(brand.X > width / 2, $"In Arabic the brand must sit on the right; it starts at x={brand.X} of {width}.");
        }
        else
        {
            Assert.True(brand.X < width / 2, $"In {culture} the brand must sit on the left; it starts at x={brand.X} of {width}.");
        }
    }

    [GeneratedRegex("/Communications/Create$")]
    private static partial Regex CreatePagePath();
}
