using System.Net;
using System.Net.Http.Json;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Tests.Referrals;

/// <summary>
/// A recipient of a referral without identifying data reads the case by pseudonymous code only:
/// no export, no attachments, and no changes to the sender's records (consents, corrections, screenings).
/// </summary>
public sealed class RecipientWriteTests(EMnrApp app) : ReferralTestBase(app)
{
    private async Task<(Guid Report, Guid Person, HttpClient Recipient)> ReferWithoutIdentityAsync()
    {
        var reviewer = await App.ApiClientAsync(TestAccounts.Reviewer);
        var report = await CreateReportAsync(reviewer);
        var person = await AddPersonAsync(reviewer, report, child: false);
        await SendOkAsync(reviewer, report, "Service", "Shelter", "EN", (person, false));
        return (report, person, await App.ApiClientAsync(TestAccounts.Caseworker));
    }

    [Fact]
    public async Task Export_WithoutSharedIdentity_NotFound()
    {
        var (_, person, recipient) = await ReferWithoutIdentityAsync();

        var json = await recipient.GetAsync($"{Persons}/{person}/export?format=json");
        var csv = await recipient.GetAsync($"{Persons}/{person}/export?format=csv");

        Assert.Equal(HttpStatusCode.NotFound, json.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
    }

    [Fact]
    public async Task Recipient_CannotChangeSendersRecords()
    {
        var (report, person, recipient) = await ReferWithoutIdentityAsync();

        var consent = await recipient.PostAsJsonAsync($"{Persons}/{person}/consents", new
        {
            recipientInstitutionId = await App.InstitutionIdAsync("EN"),
            purpose = "PsychologicalSupport",
            givenBy = "Person",
            givenAt = DateTimeOffset.UtcNow.AddHours(-1),
            evidence = "Formulaire n° 9",
        });
        var correction = await recipient.PostAsJsonAsync($"{Persons}/{person}/corrections",
            new { reason = "Rectification demandée.", changes = new { nationality = "FR" } });
        var screening = await recipient.PostAsJsonAsync($"{Reports}/{report}/persons/{person}/screenings",
            new { list = "AdultLabour", indicators = new[] { new { code = "AL-DR-01" } } });
        var changed = await App.WithDbAsync(async db =>
            await db.ConsentRecords.CountAsync(c => c.PersonId == person)
            + await db.PersonCorrections.CountAsync(c => c.PersonId == person)
            + await db.Screenings.CountAsync(s => s.PersonId == person));

        Assert.Equal(HttpStatusCode.NotFound, consent.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, correction.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, screening.StatusCode);
        Assert.Equal(0, changed);
    }

    [Fact]
    public async Task Attachments_WithoutSharedIdentity_Hidden()
    {
        var reviewer = await App.ApiClientAsync(TestAccounts.Reviewer);
        var (report, _, recipient) = await ReferWithoutIdentityAsync();
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")), "file", "piece.png" },
        };
        var uploaded = await reviewer.PostAsync($"{Reports}/{report}/attachments", upload);
        var attachmentId = (await uploaded.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString();

        var list = await recipient.GetFromJsonAsync<System.Text.Json.JsonElement>($"{Reports}/{report}/attachments");
        var download = await recipient.GetAsync($"{Reports}/{report}/attachments/{attachmentId}");

        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        Assert.Equal(0, list.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }
}
