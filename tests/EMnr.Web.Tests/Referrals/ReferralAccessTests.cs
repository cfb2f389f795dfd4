using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EMnr.Web.Tests.Infrastructure;

namespace EMnr.Web.Tests.Referrals;

public sealed class ReferralAccessTests(EMnrApp app) : ReferralTestBase(app)
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");

    /// <summary>
    /// A report with an attachment and three persons: an adult referred with identity (consent),
    /// an adult referred without identity, and a child not referred, sent to EN for shelter.
    /// </summary>
    private async Task<Scenario> ReferToShelterAsync()
    {
        var reviewer = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(reviewer);
        var shared = await AddPersonAsync(reviewer, reportId, child: false);
        var hidden = await AddPersonAsync(reviewer, reportId, child: false);
        var unreferred = await AddPersonAsync(reviewer, reportId, child: true);
        await RecordConsentAsync(shared, "EN", Core.Institutions.ServiceKind.Shelter, Core.Persons.ConsentGiver.Person);
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(Pdf);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "file", "proces-verbal.pdf");
        var upload = await reviewer.PostAsync($"{Reports}/{reportId}/attachments", form);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var attachmentId = IdOf(await upload.Content.ReadFromJsonAsync<JsonElement>());
        var referral = await SendOkAsync(reviewer, reportId, "Service", "Shelter", "EN", (shared, true), (hidden, false));
        return new Scenario(reviewer, reportId, shared, hidden, unreferred, attachmentId, IdOf(referral));
    }

    private sealed record Scenario(HttpClient Reviewer, Guid ReportId, Guid Shared, Guid Hidden, Guid Unreferred, Guid AttachmentId, Guid ReferralId);

    private static async Task<HttpStatusCode[]> ReadAllAsync(HttpClient client, Scenario s) =>
    [
        (await client.GetAsync($"{Reports}/{s.ReportId}")).StatusCode,
        (await client.GetAsync($"{Reports}/{s.ReportId}/persons")).StatusCode,
        (await client.GetAsync($"{Reports}/{s.ReportId}/attachments")).StatusCode,
        (await client.GetAsync($"{Reports}/{s.ReportId}/attachments/{s.AttachmentId}")).StatusCode,
        (await client.GetAsync($"{Persons}/{s.Shared}")).StatusCode,
    ];

    [Fact]
    public async Task Recipient_OpenReferral_SeesReportAndReferredPersonsOnly()
    {
        var s = await ReferToShelterAsync();
        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);

        var codes = ReadAllAsync(caseworker, s);
        var persons = await caseworker.GetFromJsonAsync<JsonElement>($"{Reports}/{s.ReportId}/persons");
        var hiddenIdentity = await caseworker.GetAsync($"{Persons}/{s.Hidden}");
        var unreferredIdentity = await caseworker.GetAsync($"{Persons}/{s.Unreferred}");
        var referral = await caseworker.GetFromJsonAsync<JsonElement>($"{Referrals}/{s.ReferralId}");

        Assert.All(await codes, code => Assert.Equal(HttpStatusCode.OK, code));
        Assert.Equal(new[] { s.Shared, s.Hidden }.Order(), persons.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).Order());
        Assert.Equal(HttpStatusCode.NotFound, hiddenIdentity.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unreferredIdentity.StatusCode);
        var available = referral.GetProperty("persons").EnumerateArray()
            .ToDictionary(p => p.GetProperty("personId").GetGuid(), p => p.GetProperty("identityAvailable").GetBoolean());
        Assert.True(available[s.Shared]);
        Assert.False(available[s.Hidden]);
    }

    [Theory]
    [InlineData("decline")]
    [InlineData("cancel")]
    public async Task Recipient_ClosedReferral_LosesAccess(string action)
    {
        var s = await ReferToShelterAsync();
        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);
        var actor = action == "cancel" ? s.Reviewer : caseworker;
        Assert.Equal(HttpStatusCode.OK, (await ActNowAsync(actor, s.ReferralId, action)).StatusCode);

        var codes = await ReadAllAsync(caseworker, s);
        var referral = await caseworker.GetAsync($"{Referrals}/{s.ReferralId}");

        Assert.All(codes, code => Assert.Equal(HttpStatusCode.NotFound, code));
        Assert.Equal(HttpStatusCode.OK, referral.StatusCode);
    }

    [Fact]
    public async Task Recipient_CompletedReferral_KeepsAccess()
    {
        var s = await ReferToShelterAsync();
        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);
        await ActNowAsync(caseworker, s.ReferralId, "accept");
        await ActNowAsync(caseworker, s.ReferralId, "complete");

        var codes = await ReadAllAsync(caseworker, s);

        Assert.All(codes, code => Assert.Equal(HttpStatusCode.OK, code));
    }

    [Fact]
    public async Task ThirdInstitution_SeesNothing()
    {
        var s = await ReferToShelterAsync();
        var other = await App.ApiClientAsync(TestAccounts.OtherCaseworker);

        var codes = await ReadAllAsync(other, s);
        var referral = await other.GetAsync($"{Referrals}/{s.ReferralId}");
        var history = await other.GetAsync($"{Referrals}/{s.ReferralId}/history");
        var act = await ActAsync(other, s.ReferralId, "accept", new EntityTagHeaderValue("\"1\""));
        var inbox = await other.GetFromJsonAsync<JsonElement>($"{Referrals}?box=inbox");

        Assert.All(codes, code => Assert.Equal(HttpStatusCode.NotFound, code));
        Assert.Equal(HttpStatusCode.NotFound, referral.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, act.StatusCode);
        Assert.Empty(inbox.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Recipient_ReferredReport_CannotChangeIt()
    {
        var s = await ReferToShelterAsync();
        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);

        var status = await caseworker.PostAsJsonAsync($"{Reports}/{s.ReportId}/status", new { status = "Closed", reason = "Fin" });
        var person = await caseworker.PostAsJsonAsync($"{Reports}/{s.ReportId}/persons", new { sex = "Male", estimatedAgeMin = 30, estimatedAgeMax = 35 });

        Assert.Equal(HttpStatusCode.NotFound, status.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, person.StatusCode);
    }
}
