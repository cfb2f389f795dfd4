using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Web.Features;
using EMnr.Web.Tests.Communications;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Tests.Authorization;

/// <summary>
/// Attempts by a caseworker of one institution to reach another institution's records through an
/// id in the path, in the query string or in the body, and the lists that must leave them out.
/// </summary>
public sealed class CrossInstitutionTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";
    private const string Persons = $"{ApiRoutes.Prefix}/{ApiRoutes.Persons}";
    private const string Communications = $"{ApiRoutes.Prefix}/{ApiRoutes.Communications}";

    private sealed record Records(Guid Communication, Guid Report, string Reference, Guid Person, string PersonCode, Guid Attachment);

    private async Task<Records> CreateRecordsAsync(HttpClient client, string name = "Personne Fictive")
    {
        var communication = await ReadAsync(await client.PostAsJsonAsync(Communications, CommunicationRequests.Valid()));
        var report = await ReadAsync(await client.PostAsJsonAsync(Reports,
            new { source = "Institution", provinceCode = "MA-HAO", narrative = "Signalement fictif." }));
        var reportId = report.GetProperty("id").GetGuid();
        var person = (await ReadAsync(await client.PostAsJsonAsync($"{Reports}/{reportId}/persons",
            new { sex = "Female", nameLatin = name, dateOfBirth = "1995-01-01" }))).GetProperty("person");
        var attachment = await ReadAsync(await client.PostAsync($"{Reports}/{reportId}/attachments", MatrixSession.PdfForm()));
        return new Records(
            communication.GetProperty("id").GetGuid(),
            reportId,
            report.GetProperty("reference").GetString()!,
            person.GetProperty("id").GetGuid(),
            person.GetProperty("code").GetString()!,
            attachment.GetProperty("id").GetGuid());
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    private async Task<(HttpClient Own, Records Mine, Records Theirs)> TwoInstitutionsAsync()
    {
        var own = await App.ApiClientAsync(TestAccounts.Caseworker);
        var other = await App.ApiClientAsync(TestAccounts.OtherCaseworker);
        return (own, await CreateRecordsAsync(own), await CreateRecordsAsync(other));
    }

    private Task<int> AuditCountAsync() => App.WithDbAsync(db => db.AuditEntries.CountAsync());

    [Fact]
    public async Task PathId_OtherInstitutionRecords_AnswerNotFound()
    {
        var (own, _, theirs) = await TwoInstitutionsAsync();
        var auditBefore = await AuditCountAsync();

        var report = await own.GetAsync($"{Reports}/{theirs.Report}");
        var person = await own.GetAsync($"{Persons}/{theirs.Person}");
        var communication = await own.GetAsync($"{Communications}/{theirs.Communication}");
        var download = await own.GetAsync($"{Reports}/{theirs.Report}/attachments/{theirs.Attachment}");

        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, person.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, communication.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(auditBefore, await AuditCountAsync());
    }

    [Fact]
    public async Task PathId_OtherAttachmentUnderOwnReport_AnswersNotFound()
    {
        var (own, mine, theirs) = await TwoInstitutionsAsync();

        var response = await own.GetAsync($"{Reports}/{mine.Report}/attachments/{theirs.Attachment}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PathId_OtherPersonInOwnReportScreening_AnswersNotFound()
    {
        var (own, mine, theirs) = await TwoInstitutionsAsync();

        var response = await own.PostAsJsonAsync($"{Reports}/{mine.Report}/persons/{theirs.Person}/screenings",
            new { list = "AdultLabour", indicators = Array.Empty<object>(), agreesWithSuggestion = true });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.Screenings.CountAsync()));
    }

    [Fact]
    public async Task PathId_OtherCommunicationCorrection_ChangesNothing()
    {
        var (own, _, theirs) = await TwoInstitutionsAsync();
        var before = await App.WithDbAsync(db => db.Communications.AsNoTracking().SingleAsync(c => c.Id == theirs.Communication));
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{Communications}/{theirs.Communication}")
        {
            Content = JsonContent.Create(CommunicationRequests.Valid(summary: "Résumé modifié par une autre institution.")),
        };
        request.Headers.IfMatch.ParseAdd($"\"{before.Version}\"");

        var response = await own.SendAsync(request);

        var after = await App.WithDbAsync(db => db.Communications.AsNoTracking().SingleAsync(c => c.Id == theirs.Communication));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before.Summary, after.Summary);
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task QueryString_SearchForOtherReference_FindsNothing()
    {
        var (own, _, theirs) = await TwoInstitutionsAsync();
        var otherInstitution = await App.InstitutionIdAsync(TestAccounts.OtherInstitutionCode);

        var byReference = await own.GetFromJsonAsync<JsonElement>($"{Reports}?q={theirs.Reference}");
        var byPersonCode = await own.GetFromJsonAsync<JsonElement>($"{Reports}?q={theirs.PersonCode}");
        var byInstitution = await own.GetFromJsonAsync<JsonElement>($"{Reports}?institutionId={otherInstitution}");

        Assert.Equal(0, byReference.GetProperty("total").GetInt32());
        Assert.Equal(0, byPersonCode.GetProperty("total").GetInt32());
        Assert.DoesNotContain(theirs.Report.ToString(), byInstitution.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryString_OtherReportOnPersonPages_AnswersNotFound()
    {
        var (_, mine, theirs) = await TwoInstitutionsAsync();
        var page = await PageClientAsync(TestAccounts.Caseworker);
        var token = await page.AntiforgeryTokenAsync($"/Reports/Details/{mine.Report}");

        var screen = await page.Client.GetAsync($"/Persons/Screen/{mine.Person}?reportId={theirs.Report}");
        var form = await page.Client.GetAsync($"/Persons/Create?reportId={theirs.Report}");
        var create = await page.Client.PostAsync($"/Persons/Create?reportId={theirs.Report}", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Sex"] = "Male",
                ["Input.NameLatin"] = "Personne Ajoutée",
            }));

        Assert.Equal(HttpStatusCode.NotFound, screen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, form.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => db.ReportPersons.CountAsync(rp => rp.ReportId == theirs.Report)));
    }

    [Fact]
    public async Task QueryString_OtherCommunicationOnReportForm_IsNotShown()
    {
        var (_, _, theirs) = await TwoInstitutionsAsync();
        var page = await PageClientAsync(TestAccounts.Caseworker);

        var response = await page.Client.GetAsync($"/Reports/Create?communicationId={theirs.Communication}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Appel au sujet d&#x27;un enfant plac", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Appel au sujet d'un enfant plac", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_ForgedInstitutionId_IsIgnored()
    {
        var own = await App.ApiClientAsync(TestAccounts.Caseworker);
        var ownInstitution = await App.InstitutionIdAsync("EN");
        var otherInstitution = await App.InstitutionIdAsync(TestAccounts.OtherInstitutionCode);

        var communication = await ReadAsync(await own.PostAsJsonAsync(Communications,
            CommunicationRequests.Valid().With("institutionId", otherInstitution)));
        var report = await ReadAsync(await own.PostAsJsonAsync(Reports,
            new { source = "Institution", narrative = "Signalement fictif.", institutionId = otherInstitution }));
        var reportId = report.GetProperty("id").GetGuid();
        var person = await ReadAsync(await own.PostAsJsonAsync($"{Reports}/{reportId}/persons",
            new { sex = "Male", nameLatin = "Personne Fictive", institutionId = otherInstitution }));
        var personId = person.GetProperty("person").GetProperty("id").GetGuid();

        Assert.Equal(ownInstitution, communication.GetProperty("institutionId").GetGuid());
        Assert.Equal(ownInstitution, report.GetProperty("institutionId").GetGuid());
        Assert.Equal(ownInstitution, await App.WithDbAsync(db => db.Persons.Where(p => p.Id == personId).Select(p => p.InstitutionId).SingleAsync()));
    }

    [Fact]
    public async Task Body_ForgedReportId_AddsToPathReportOnly()
    {
        var (own, mine, theirs) = await TwoInstitutionsAsync();

        var person = await own.PostAsJsonAsync($"{Reports}/{mine.Report}/persons",
            new { sex = "Male", nameLatin = "Personne Fictive", reportId = theirs.Report });
        var attachmentForm = MatrixSession.PdfForm();
        attachmentForm.Add(new StringContent(theirs.Report.ToString()), "reportId");
        var attachment = await own.PostAsync($"{Reports}/{mine.Report}/attachments", attachmentForm);

        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        Assert.Equal(HttpStatusCode.Created, attachment.StatusCode);
        Assert.Equal(1, await App.WithDbAsync(db => db.ReportPersons.CountAsync(rp => rp.ReportId == theirs.Report)));
        Assert.Equal(1, await App.WithDbAsync(db => db.ReportAttachments.CountAsync(a => a.ReportId == theirs.Report)));
    }

    [Fact]
    public async Task Body_OtherCommunicationId_DoesNotOpenReport()
    {
        var (own, _, theirs) = await TwoInstitutionsAsync();

        var response = await own.PostAsJsonAsync(Reports,
            new { communicationId = theirs.Communication, source = "ReportingLine", narrative = "Signalement fictif." });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await App.WithDbAsync(db => db.Communications.Where(c => c.Id == theirs.Communication).Select(c => c.ReportId).SingleAsync()));
    }

    [Fact]
    public async Task Lists_LeaveOutOtherInstitution()
    {
        var (own, mine, theirs) = await TwoInstitutionsAsync();

        var reports = await own.GetFromJsonAsync<JsonElement>(Reports);
        var communications = await own.GetFromJsonAsync<JsonElement>(Communications);
        var reportIds = reports.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetGuid()).ToList();
        var communicationIds = communications.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();

        Assert.Equal([mine.Report], reportIds);
        Assert.Equal([mine.Communication], communicationIds);
        Assert.Equal(1, reports.GetProperty("total").GetInt32());
        Assert.Equal(1, communications.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Lists_DuplicatesLeaveOutOtherInstitutionPersons()
    {
        var own = await App.ApiClientAsync(TestAccounts.Caseworker);
        var other = await App.ApiClientAsync(TestAccounts.OtherCaseworker);
        var mine = await CreateRecordsAsync(own, "Nadia El Fictivi");
        var theirs = await CreateRecordsAsync(other, "Nadia El Fictivi");

        var duplicates = await own.GetFromJsonAsync<JsonElement>($"{Persons}/{mine.Person}/duplicates");
        var added = await ReadAsync(await own.PostAsJsonAsync($"{Reports}/{mine.Report}/persons",
            new { sex = "Female", nameLatin = "Nadia El Fictivi", dateOfBirth = "1995-01-01" }));

        Assert.DoesNotContain(theirs.Person.ToString(), duplicates.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Person.ToString(), added.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(mine.Person.ToString(), added.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_PagesLeaveOutOtherInstitution()
    {
        var (_, mine, theirs) = await TwoInstitutionsAsync();
        var page = await PageClientAsync(TestAccounts.Caseworker);

        var reports = await (await page.Client.GetAsync("/Reports")).Content.ReadAsStringAsync();
        var communications = await (await page.Client.GetAsync("/Communications")).Content.ReadAsStringAsync();

        Assert.Contains(mine.Reference, reports, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Reference, reports, StringComparison.Ordinal);
        Assert.Contains(mine.Communication.ToString(), communications, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Communication.ToString(), communications, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reviewer_SeesEveryInstitution()
    {
        var (_, mine, theirs) = await TwoInstitutionsAsync();
        var reviewer = await App.ApiClientAsync(TestAccounts.Reviewer);

        var reports = await reviewer.GetFromJsonAsync<JsonElement>(Reports);
        var person = await reviewer.GetAsync($"{Persons}/{theirs.Person}");

        Assert.Equal(2, reports.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, person.StatusCode);
        Assert.NotEqual(mine.Person, theirs.Person);
    }

    private sealed class PageClient(HttpClient client)
    {
        public HttpClient Client { get; } = client;

        public async Task<string> AntiforgeryTokenAsync(string path)
        {
            var html = await Client.GetStringAsync(path);
            const string marker = "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"";
            var start = html.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
            return html[start..html.IndexOf('"', start)];
        }
    }

    private async Task<PageClient> PageClientAsync(string email)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = App.ServerAddress, HandleCookies = true });
        var login = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/login?useCookies=true",
            EMnrApp.LoginBody(email));
        login.EnsureSuccessStatusCode();
        return new PageClient(client);
    }
}
