using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Core.Notifications;
using EMnr.Web.Features;
using EMnr.Web.Features.Notifications;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace EMnr.Web.Tests.Browser;

/// <summary>The consent ledger page and the notification bell, as a caseworker uses them.</summary>
public sealed class ConsentBrowserTests(EMnrApp app, BrowserFixture browserFixture) : BrowserTest(app, browserFixture)
{
    private async Task<string> AdultPersonAsync()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var report = (await (await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Reports}", new { source = "Commission", narrative = "Faits." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var person = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Reports}/{report}/persons",
            new { nameLatin = "Adulte Testpage", sex = "Female", dateOfBirth = "1992-02-03" });
        return (await person.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Reviewer_RecordsAndWithdrawsConsent()
    {
        var personId = await AdultPersonAsync();
        await SignInAsync(Page, TestAccounts.Reviewer);
        await Page.GotoAsync($"/Persons/{personId}/Consents");
        await Expect(Page.Locator("#no-consents")).ToBeVisibleAsync();

        // A date in the future is refused next to its field, and nothing is recorded.
        await Page.SelectOptionAsync("#Recipient", new[] { $"i:{await App.InstitutionIdAsync("EN")}" });
        await Page.SelectOptionAsync("#Purpose", "Shelter");
        await Page.FillAsync("#GivenAt", EMnr.Core.Time.MoroccoTime.ToLocal(DateTimeOffset.UtcNow.AddYears(1)).ToString(EMnr.Core.Time.MoroccoTime.DisplayPattern, System.Globalization.CultureInfo.InvariantCulture));
        await Page.FillAsync("#Evidence", "Formulaire signé n° 4");
        await Page.ClickAsync("#record-consent");
        await Expect(Page.Locator("#consent-form")).ToContainTextAsync("ne peut pas être daté dans le futur");
        await Expect(Page.Locator("#no-consents")).ToBeVisibleAsync();

        await Page.FillAsync("#GivenAt", EMnr.Core.Time.MoroccoTime.ToLocal(DateTimeOffset.UtcNow.AddDays(-1)).ToString(EMnr.Core.Time.MoroccoTime.DisplayPattern, System.Globalization.CultureInfo.InvariantCulture));
        await Page.ClickAsync("#record-consent");
        await Expect(Page.Locator("#consents tbody tr")).ToHaveCountAsync(1);
        await Expect(Page.Locator("#consents")).ToContainTextAsync("En vigueur");

        await Page.ClickAsync("#consents button:has-text('Retirer')");
        await Expect(Page.Locator("#consents")).ToContainTextAsync("Retiré le");
        Assert.Empty(ConsoleErrors);
    }

    [Fact]
    public async Task Caseworker_OpensNoticeFromBell()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
            await notifier.NotifyInstitutionAsync(await App.InstitutionIdAsync("EN"), NotificationKinds.ReferralOverdue, "ORI-2026-00042", "/Reports", CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<Core.Data.EMnrDbContext>().SaveChangesAsync();
        }

        await SignInAsync(Page, TestAccounts.Caseworker);
        await Expect(Page.Locator("#unread-count")).ToHaveTextAsync("1");
        await Page.ClickAsync("#notification-bell");
        await Expect(Page.Locator("#notifications")).ToContainTextAsync("Orientation ORI-2026-00042 en retard");
        await Page.ClickAsync("#notifications button");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Reports$"));
        await Expect(Page.Locator("#unread-count")).ToHaveCountAsync(0);
    }
}
