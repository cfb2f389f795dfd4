using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Core.Institutions;
using EMnr.Core.Persons;
using EMnr.Core.Referrals;
using EMnr.Web.Features;
using EMnr.Web.Features.Referrals;
using EMnr.Web.Infrastructure.Jobs;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace EMnr.Web.Tests.Browser;

/// <summary>
/// The referral loop in the browser: a reviewer refers a child to the prosecutor and an adult to a
/// shelter (blocked until consent is recorded), the shelter acknowledges, accepts and completes,
/// an overdue referral is flagged, and a third institution sees nothing.
/// </summary>
public sealed class ReferralBrowserTests(EMnrApp app, BrowserFixture browserFixture) : BrowserTest(app, browserFixture)
{
    private const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";

    [Fact]
    public async Task Referral_WholeLoop_BetweenCommissionShelterAndOthers()
    {
        var (reportId, childId, adultId) = await CreateReportWithPersonsAsync();
        await SignInAsync(Page, TestAccounts.Reviewer);

        // The child goes to the prosecutor under the child-protection rule.
        await ReferAsync(reportId, "Judicial", null, "PMP", childId);
        await Expect(Page.Locator("#status")).ToHaveTextAsync("Envoyée");
        await Expect(Page.Locator("#persons")).ToContainTextAsync("Protection de l'enfant");
        await Expect(Page.Locator("#urgent")).ToBeVisibleAsync();
        var judicial = await Page.Locator("#reference").InnerTextAsync();

        // The adult's identity cannot go to the shelter without consent; once recorded, it can.
        await ReferAsync(reportId, "Service", "Shelter", "EN", adultId);
        await Expect(Page.Locator("#identity-blocked")).ToBeVisibleAsync();
        await Expect(Page.Locator("#send-without-identity")).ToBeVisibleAsync();
        await Expect(Page.Locator($"#persons tr:has(#share-{await CodeAsync(adultId)}) .rule")).ToContainTextAsync("Aucun consentement");
        Assert.Equal(1, await App.WithDbAsync(db => db.Referrals.CountAsync()));
        await RecordConsentAsync(adultId);
        await Page.Locator("#send").ClickAsync();
        await Expect(Page.Locator("#persons")).ToContainTextAsync("Consentement enregistré");
        var shelter = await Page.Locator("#reference").InnerTextAsync();
        var shelterUrl = new Uri(Page.Url).PathAndQuery;

        // The prosecutor does not acknowledge in time: the job flags it and the outbox shows it.
        await App.WithDbAsync(db => db.Referrals.Where(r => r.Reference == judicial)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AcknowledgeBy, DateTimeOffset.UtcNow.AddHours(-2))));
        await App.Services.GetRequiredService<JobScheduler>().RunAsync(ReferralDeadlineJob.Name, DateTimeOffset.UtcNow, CancellationToken.None);
        await Page.Locator("#nav-outbox").ClickAsync();
        await Expect(Page.Locator($"tr[data-reference='{judicial}'] .overdue")).ToBeVisibleAsync();
        await Expect(Page.Locator($"tr[data-reference='{shelter}'] .overdue")).ToHaveCountAsync(0);
        await Page.Locator($"tr[data-reference='{judicial}'] a").First.ClickAsync();
        await Expect(Page.Locator("#flagged")).ToBeVisibleAsync();
        await Expect(Page.Locator("#overdue")).ToBeVisibleAsync();
        await SignOutAsync();

        // The shelter's caseworker finds it in the inbox and works it through.
        await SignInAsync(Page, TestAccounts.Caseworker);
        await Page.Locator("#nav-inbox").ClickAsync();
        await Expect(Page.Locator($"tr[data-reference='{shelter}']")).ToBeVisibleAsync();
        await Expect(Page.Locator($"tr[data-reference='{judicial}']")).ToHaveCountAsync(0);
        await Page.Locator($"tr[data-reference='{shelter}'] a").First.ClickAsync();
        await Expect(Page.Locator("#persons")).ToContainTextAsync("Voir l'identité");

        // A colleague acknowledges first: the stale click changes nothing and shows the current state.
        await AcknowledgeAsManagerAsync(shelterUrl);
        await Page.Locator("#action-acknowledge").ClickAsync();
        await Expect(Page.Locator("#action-error")).ToContainTextAsync("Réception confirmée");
        await Expect(Page.Locator("#status")).ToHaveTextAsync("Réception confirmée");
        await Page.Locator("#action-accept").ClickAsync();
        await Expect(Page.Locator("#status")).ToHaveTextAsync("Acceptée");
        await Page.Locator("#Outcome-Complete").FillAsync("Hébergée trois semaines, puis orientée vers une formation.");
        await Page.Locator("#action-complete").ClickAsync();
        await Expect(Page.Locator("#status")).ToHaveTextAsync("Terminée");
        await Expect(Page.Locator("#outcome")).ToContainTextAsync("Hébergée trois semaines");
        await Expect(Page.Locator("#actions")).ToHaveCountAsync(0);

        // The Arabic pages have a text for every label.
        await SwitchLanguageAsync(Page, "ar");
        await Expect(Page.Locator("#status")).ToHaveTextAsync("منتهٍ");
        await Page.Locator("#nav-inbox").ClickAsync();
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("Referral");
        await Expect(Page.Locator("main")).Not.ToContainTextAsync("ServiceKind.");
        await SwitchLanguageAsync(Page, "fr");
        await SignOutAsync();

        // Another institution sees neither the referrals nor the report.
        await SignInAsync(Page, TestAccounts.OtherCaseworker);
        await Page.Locator("#nav-inbox").ClickAsync();
        await Expect(Page.Locator("#empty")).ToBeVisibleAsync();
        Assert.Empty(ConsoleErrors);
        Assert.Empty(CspViolations);
        Assert.Equal(404, (await Page.GotoAsync(shelterUrl))!.Status);
        Assert.Equal(404, (await Page.GotoAsync($"/Reports/Details/{reportId}"))!.Status);
    }

    private async Task ReferAsync(Guid reportId, string kind, string? service, string recipient, Guid personId)
    {
        await Page.GotoAsync($"/Reports/Details/{reportId}");
        await Page.Locator("#refer").ClickAsync();
        await Page.Locator("#Kind").SelectOptionAsync(kind);
        if (service is not null)
        {
            await Page.Locator("#Service").SelectOptionAsync(service);
        }

        await Page.Locator("#refresh").ClickAsync();
        await Page.Locator($"#to-{recipient}").CheckAsync();
        var code = await CodeAsync(personId);
        await Page.Locator($"#select-{code}").CheckAsync();
        await Page.Locator($"#share-{code}").CheckAsync();
        await Page.Locator("#Reason").FillAsync("Protection et prise en charge demandées.");
        await Page.Locator("#send").ClickAsync();
    }

    private Task<string> CodeAsync(Guid personId) =>
        App.WithDbAsync(db => db.Persons.Where(p => p.Id == personId).Select(p => p.Code).SingleAsync());

    private async Task<(Guid ReportId, Guid ChildId, Guid AdultId)> CreateReportWithPersonsAsync()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var report = await client.PostAsJsonAsync(Reports, new
        {
            source = "Commission",
            provinceCode = "MA-HAO",
            factsFrom = "2023-09-20",
            narrative = "Une famille du douar a été hébergée par un intermédiaire qui exige du travail non payé.",
            exploitationForms = new[] { "ForcedLabour" },
        });
        var reportId = (await report.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        async Task<Guid> AddAsync(object person)
        {
            var response = await client.PostAsJsonAsync($"{Reports}/{reportId}/persons", person);
            return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("id").GetGuid();
        }

        var child = await AddAsync(new { nameLatin = "Nora Imaginée", sex = "Female", dateOfBirth = "2013-01-15" });
        var adult = await AddAsync(new { nameLatin = "Hamid Inventé", sex = "Male", dateOfBirth = "1985-06-01" });
        return (reportId, child, adult);
    }

    private async Task RecordConsentAsync(Guid personId)
    {
        var shelter = await App.InstitutionIdAsync("EN");
        await App.WithDbAsync(db =>
        {
            db.ConsentRecords.Add(new ConsentRecord
            {
                Id = Guid.CreateVersion7(),
                PersonId = personId,
                RecipientInstitutionId = shelter,
                Purpose = ServiceKind.Shelter,
                GivenBy = ConsentGiver.Person,
                GivenAt = DateTimeOffset.UtcNow.AddMinutes(-5),
                Evidence = "Formulaire signé n° 7",
                RecordedBy = Guid.CreateVersion7(),
                RecordedByInstitutionId = shelter,
                RecordedAt = DateTimeOffset.UtcNow,
            });
            return db.SaveChangesAsync();
        });
    }

    private async Task AcknowledgeAsManagerAsync(string detailsPath)
    {
        var id = Guid.Parse(detailsPath.Split('/')[^1]);
        var manager = await App.ApiClientAsync(TestAccounts.Manager);
        var route = $"{ApiRoutes.Prefix}/{ApiRoutes.Referrals}/{id}";
        var etag = (await manager.GetAsync(route)).Headers.ETag!;
        var request = new HttpRequestMessage(HttpMethod.Post, $"{route}/acknowledge") { Content = JsonContent.Create(new { }) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag.Tag));
        var response = await manager.SendAsync(request);
        Assert.Equal(ReferralStatus.Acknowledged.ToString(),
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }

    private async Task SignOutAsync()
    {
        await Page.Locator("form[action='/Account/Logout'] button").ClickAsync();
        await Expect(Page.Locator("form[action='/Account/Logout'] button")).ToHaveCountAsync(0);
    }
}
