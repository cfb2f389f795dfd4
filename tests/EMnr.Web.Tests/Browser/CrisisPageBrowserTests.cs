using System.Globalization;
using EMnr.Core.Crises;
using EMnr.Web.Seeding;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace EMnr.Web.Tests.Browser;

public sealed class CrisisPageBrowserTests(EMnrApp app, BrowserFixture browserFixture) : BrowserTest(app, browserFixture)
{
    /// <summary>Communications of the demo data set inside the Al Haouz reporting window, and of those suspected trafficking.</summary>
    private const int DemoTotal = 1749;
    private const int DemoSuspected = 34;

    [Fact]
    public async Task AlHaouzPage_BothLanguages_ShowsFiguresAndChart()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        }

        await SignInAsync(Page, TestAccounts.Analyst);
        await Page.Locator("nav a[href='/Crises']").ClickAsync();
        await Page.Locator($"main a[href='/Crises/Details/{AlHaouzEarthquake.Create().Id}']").ClickAsync();

        await Expect(Page.Locator("h1")).ToHaveTextAsync("Séisme d'Al Haouz");
        await ExpectFiguresAsync("fr");

        await SwitchLanguageAsync(Page, "ar");

        await Expect(Page.Locator("h1")).ToHaveTextAsync("زلزال الحوز");
        await ExpectFiguresAsync("ar");
    }

    private async Task ExpectFiguresAsync(string culture)
    {
        var format = CultureInfo.GetCultureInfo(culture);
        var total = Page.Locator("#figure-total");
        var suspected = Page.Locator("#figure-suspected");
        await Expect(total).ToHaveAttributeAsync("data-value", DemoTotal.ToString(CultureInfo.InvariantCulture));
        await Expect(suspected).ToHaveAttributeAsync("data-value", DemoSuspected.ToString(CultureInfo.InvariantCulture));
        await Expect(total).ToHaveTextAsync(DemoTotal.ToString("N0", format));
        await Expect(suspected).ToHaveTextAsync(DemoSuspected.ToString("N0", format));
        await Expect(Page.Locator("#crisis-window")).ToHaveTextAsync("14/09/2023 – 03/10/2023");
        await Expect(Page.Locator("#by-day th").First).ToHaveTextAsync("14/09/2023");
        var totalDigits = new string((await total.InnerTextAsync()).Where(char.IsAsciiDigit).ToArray());
        Assert.Equal("1749", totalDigits);

        await Page.WaitForFunctionAsync("() => typeof Chart !== 'undefined' && Chart.getChart(document.getElementById('daily-chart')) !== undefined");
        var chart = await Page.EvaluateAsync<ChartState>("""
            () => {
                const canvas = document.getElementById('daily-chart');
                const chart = Chart.getChart(canvas);
                const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let painted = 0;
                for (let i = 3; i < pixels.length; i += 4) {
                    if (pixels[i] !== 0) painted++;
                }
                return {
                    days: chart.data.labels.length,
                    sum: chart.data.datasets[0].data.reduce((a, b) => a + b, 0),
                    reversed: chart.options.scales.x.reverse === true,
                    paintedPixels: painted,
                };
            }
            """);
        Assert.Equal(20, chart.Days);
        Assert.Equal(DemoTotal, chart.Sum);
        Assert.Equal(culture == "ar", chart.Reversed);
        Assert.True(chart.PaintedPixels > 1000, $"The chart canvas has only {chart.PaintedPixels} painted pixels.");
    }

    /// <summary>Data of the page's Chart.js instance and the number of painted pixels on its canvas.</summary>
    private sealed class ChartState
    {
        public int Days { get; set; }

        public int Sum { get; set; }

        public bool Reversed { get; set; }

        public int PaintedPixels { get; set; }
    }
}
