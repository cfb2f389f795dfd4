using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Core.Institutions;
using EMnr.Core.Notifications;
using EMnr.Core.Persons;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Tests.Referrals;

public sealed class ReferralSendingTests(EMnrApp app) : ReferralTestBase(app)
{
    [Fact]
    public async Task Send_ChildToProsecutor_SharesForChildProtectionAndIsUrgent()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        var child = await AddPersonAsync(client, reportId, child: true);

        var referral = await SendOkAsync(client, reportId, "Judicial", null, "PMP", (child, true));

        var person = referral.GetProperty("persons")[0];
        var clock = referral.GetProperty("clock");
        var sentAt = referral.GetProperty("sentAt").GetDateTimeOffset();
        Assert.Matches(@"^ORI-\d{4}-00001$", referral.GetProperty("reference").GetString());
        Assert.Equal("ChildProtection", person.GetProperty("legalBasis").GetString());
        Assert.True(person.GetProperty("sharesIdentity").GetBoolean());
        Assert.True(referral.GetProperty("urgent").GetBoolean());
        Assert.Equal(sentAt.AddHours(24), clock.GetProperty("acknowledgeBy").GetDateTimeOffset());
        Assert.True(clock.GetProperty("running").GetBoolean());
        Assert.Equal(["Cancel"], referral.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()!).ToArray());
    }

    [Fact]
    public async Task Send_AdultToPolice_SharesUnderLawEnforcement()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        var adult = await AddPersonAsync(client, reportId, child: false);

        var referral = await SendOkAsync(client, reportId, "Security", null, "DGSN", (adult, true));

        Assert.Equal("LawEnforcement", referral.GetProperty("persons")[0].GetProperty("legalBasis").GetString());
        Assert.False(referral.GetProperty("urgent").GetBoolean());
        Assert.Equal(referral.GetProperty("sentAt").GetDateTimeOffset().AddHours(72),
            referral.GetProperty("clock").GetProperty("acknowledgeBy").GetDateTimeOffset());
    }

    [Fact]
    public async Task Send_AdultServiceWithoutConsent_Returns400AndSavesNothing()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        var adult = await AddPersonAsync(client, reportId, child: false);

        var response = await SendAsync(client, reportId, "Service", "Shelter", "EN", (adult, true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("persons[0].ShareIdentity")[0].GetString();
        Assert.Contains("without identifying data", message, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Referrals.CountAsync()));
    }

    [Fact]
    public async Task Send_AdultServiceWithConsent_SharesWithConsentRecord()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        var adult = await AddPersonAsync(client, reportId, child: false);
        await RecordConsentAsync(adult, "EN", ServiceKind.Shelter, ConsentGiver.Person);

        var referral = await SendOkAsync(client, reportId, "Service", "Shelter", "EN", (adult, true));

        var person = referral.GetProperty("persons")[0];
        Assert.Equal("Consent", person.GetProperty("legalBasis").GetString());
        Assert.NotEqual(JsonValueKind.Null, person.GetProperty("consentRecordId").ValueKind);
    }

    [Fact]
    public async Task Send_ConsentForOtherService_IsNotEnough()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        var adult = await AddPersonAsync(client, reportId, child: false);
        await RecordConsentAsync(adult, "EN", ServiceKind.Education, ConsentGiver.Person);

        var response = await SendAsync(client, reportId, "Service", "Shelter", "EN", (adult, true));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Send_ChildServiceWithGuardianConsent_SharesIdentity()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        var child = await AddPersonAsync(client, reportId, child: true);
        var refused = await SendAsync(client, reportId, "Service", "Shelter", "EN", (child, true));
        await RecordConsentAsync(child, "EN", ServiceKind.Shelter, ConsentGiver.Guardian);

        var referral = await SendOkAsync(client, reportId, "Service", "Shelter", "EN", (child, true));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("guardian", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Consent", referral.GetProperty("persons")[0].GetProperty("legalBasis").GetString());
        Assert.True(referral.GetProperty("urgent").GetBoolean());
    }

    [Fact]
    public async Task Send_WithoutIdentity_GoesWithoutConsentAndNotifiesRecipient()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        var adult = await AddPersonAsync(client, reportId, child: false);

        var referral = await SendOkAsync(client, reportId, "Service", "Shelter", "EN", (adult, false));

        var reference = referral.GetProperty("reference").GetString();
        var notified = await App.WithDbAsync(db => db.Notifications
            .Where(n => n.Reference == reference && n.Kind == NotificationKinds.ReferralReceived)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.Email!)
            .ToListAsync());
        Assert.Equal("NoIdentity", referral.GetProperty("persons")[0].GetProperty("legalBasis").GetString());
        Assert.False(referral.GetProperty("persons")[0].GetProperty("sharesIdentity").GetBoolean());
        // Other tests add accounts to the recipient institution, so only the known ones are checked.
        Assert.Contains(TestAccounts.Caseworker, notified);
        Assert.Contains(TestAccounts.Manager, notified);
        Assert.DoesNotContain(TestAccounts.OtherCaseworker, notified);
    }

    [Theory]
    [InlineData("kind", "Pigeon", "kind")]
    [InlineData("service", "Massage", "service")]
    [InlineData("recipient", "self", "toInstitutionId")]
    [InlineData("recipient", "inactive", "toInstitutionId")]
    [InlineData("recipient", "unknown", "toInstitutionId")]
    [InlineData("recipient", "wrong-type", "toInstitutionId")]
    [InlineData("recipient", "no-service", "toInstitutionId")]
    [InlineData("reason", "", "reason")]
    [InlineData("persons", "none", "persons")]
    [InlineData("persons", "other-report", "persons[0].PersonId")]
    [InlineData("report", "unknown", "reportId")]
    public async Task Send_InvalidInput_Returns400AndSavesNothing(string change, string value, string field)
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        var adult = await AddPersonAsync(client, reportId, child: false);
        var otherReport = await CreateReportAsync(client);
        var stranger = await AddPersonAsync(client, otherReport, child: false);
        var inactive = await App.InstitutionIdAsync("FM5S");
        await App.WithDbAsync(db => db.Institutions.Where(i => i.Id == inactive).ExecuteUpdateAsync(s => s.SetProperty(i => i.IsActive, false)));
        var body = new Dictionary<string, object?>
        {
            ["reportId"] = reportId,
            ["kind"] = "Service",
            ["service"] = "Shelter",
            ["toInstitutionId"] = await App.InstitutionIdAsync("EN"),
            ["reason"] = "Mise à l'abri demandée.",
            ["persons"] = new[] { new { personId = adult, shareIdentity = false } },
        };
        switch (change, value)
        {
            case ("recipient", "self"): body["toInstitutionId"] = await App.InstitutionIdAsync("CNCLTEH"); break;
            case ("recipient", "inactive"): body["toInstitutionId"] = inactive; break;
            case ("recipient", "unknown"): body["toInstitutionId"] = Guid.NewGuid(); break;
            case ("recipient", "wrong-type"): body["kind"] = "Judicial"; body["service"] = null; break;
            case ("recipient", "no-service"): body["service"] = "LegalAid"; break;
            case ("persons", "none"): body["persons"] = Array.Empty<object>(); break;
            case ("persons", "other-report"): body["persons"] = new[] { new { personId = stranger, shareIdentity = false } }; break;
            case ("report", _): body["reportId"] = Guid.NewGuid(); break;
            default: body[change] = value; break;
        }

        var response = await client.PostAsJsonAsync(Referrals, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, await App.WithDbAsync(db => db.Referrals.CountAsync()));
        await App.WithDbAsync(db => db.Institutions.Where(i => i.Id == inactive).ExecuteUpdateAsync(s => s.SetProperty(i => i.IsActive, true)));
    }

    [Fact]
    public async Task Send_ManyAtOnce_NumbersWithoutGaps()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        var adult = await AddPersonAsync(client, reportId, child: false);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => SendAsync(client, reportId, "Security", null, "GR", (adult, false))));
        var references = new List<string>();
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            references.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!);
        }

        var year = DateTime.UtcNow.Year;
        Assert.Equal(Enumerable.Range(1, 6).Select(n => $"ORI-{year}-{n:D5}"), references.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Recipients_ServiceInProvince_ListsCoveringFirst()
    {
        var client = await App.ApiClientAsync(TestAccounts.Caseworker);

        var suggestions = await client.GetFromJsonAsync<JsonElement>($"{Referrals}/recipients?kind=Service&service=Shelter&province=MA-CAS");

        var codes = suggestions.EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
        Assert.Equal(["BAYTI", "INSAF", "UPE"], codes);
    }

    [Fact]
    public async Task Recipients_JudicialInAlHaouz_ListsCourtThenNational()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);

        var suggestions = await client.GetFromJsonAsync<JsonElement>($"{Referrals}/recipients?kind=Judicial&province=MA-HAO");

        var codes = suggestions.EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
        Assert.Equal(["PG-CA-MARRAKECH", "PMP"], codes);
    }

    [Fact]
    public async Task Recipients_UnknownKind_Returns400()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);

        var response = await client.GetAsync($"{Referrals}/recipients?kind=Pigeon");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
