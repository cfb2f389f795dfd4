using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Core.Institutions;
using EMnr.Web.Features;
using EMnr.Web.Features.Persons;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Web.Tests.Consent;

public sealed class ConsentApiTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";
    private const string Persons = $"{ApiRoutes.Prefix}/{ApiRoutes.Persons}";

    private static async Task<string> PersonAsync(HttpClient client, object person)
    {
        var report = (await (await client.PostAsJsonAsync(Reports, new { source = "Commission", narrative = "Faits." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var created = await client.PostAsJsonAsync($"{Reports}/{report}/persons", person);
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("id").GetString()!;
    }

    private static object AdultPerson => new { nameLatin = "Adulte Testconsent", sex = "Female", dateOfBirth = "1995-04-02" };

    private static object ChildPerson => new { nameLatin = "Enfant Testconsent", sex = "Male", dateOfBirth = "2014-04-02" };

    private async Task<object> ShelterConsentAsync(string givenBy, DateTimeOffset givenAt) => new
    {
        recipientInstitutionId = await App.InstitutionIdAsync("EN"),
        purpose = "Shelter",
        givenBy,
        givenAt,
        evidence = "Formulaire signé n° 17",
    };

    [Fact]
    public async Task AdultConsent_Withdrawn_StopsSharing()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var person = await PersonAsync(client, AdultPerson);

        var recorded = await client.PostAsJsonAsync($"{Persons}/{person}/consents", await ShelterConsentAsync("Person", DateTimeOffset.UtcNow.AddHours(-1)));
        var consent = await recorded.Content.ReadFromJsonAsync<JsonElement>();
        var consentId = consent.GetProperty("id").GetString();
        var foundBefore = await FindValidAsync(person, "EN", ServiceKind.Shelter);
        var otherPurpose = await FindValidAsync(person, "EN", ServiceKind.MedicalCare);

        var withdrawn = await client.PostAsJsonAsync($"{Persons}/{person}/consents/{consentId}/withdraw", new { reason = "La personne ne souhaite plus." });
        var again = await client.PostAsJsonAsync($"{Persons}/{person}/consents/{consentId}/withdraw", new { });
        var foundAfter = await FindValidAsync(person, "EN", ServiceKind.Shelter);
        var list = await client.GetFromJsonAsync<JsonElement>($"{Persons}/{person}/consents");
        var audited = await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == consentId));

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.True(consent.GetProperty("inForce").GetBoolean());
        Assert.NotNull(foundBefore);
        Assert.Null(otherPurpose);
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Null(foundAfter);
        Assert.False(list.GetProperty("items")[0].GetProperty("inForce").GetBoolean());
        Assert.Equal(2, audited);
    }

    [Fact]
    public async Task ChildConsent_NeedsGuardian_EndsAt18()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var person = await PersonAsync(client, ChildPerson);

        var own = await client.PostAsJsonAsync($"{Persons}/{person}/consents", await ShelterConsentAsync("Person", DateTimeOffset.UtcNow.AddHours(-1)));
        var guardian = await client.PostAsJsonAsync($"{Persons}/{person}/consents", await ShelterConsentAsync("Guardian", DateTimeOffset.UtcNow.AddHours(-1)));
        var body = await guardian.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("guardian", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, guardian.StatusCode);
        Assert.Equal(new DateOnly(2032, 4, 2), DateOnly.FromDateTime(body.GetProperty("validUntil").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(1)).DateTime));
    }

    [Theory]
    [InlineData("""{"purpose":"Shelter","givenBy":"Person","givenAt":"2026-01-01T10:00:00+01:00","evidence":"F1"}""", "recipientInstitutionId")]
    [InlineData("""{"recipientType":"Association","purpose":"Spa","givenBy":"Person","givenAt":"2026-01-01T10:00:00+01:00","evidence":"F1"}""", "purpose")]
    [InlineData("""{"recipientType":"Association","purpose":"Shelter","givenBy":"Neighbour","givenAt":"2026-01-01T10:00:00+01:00","evidence":"F1"}""", "givenBy")]
    [InlineData("""{"recipientType":"Association","purpose":"Shelter","givenBy":"Person","givenAt":"2099-01-01T10:00:00+01:00","evidence":"F1"}""", "givenAt")]
    [InlineData("""{"recipientType":"Association","purpose":"Shelter","givenBy":"Person","givenAt":"2026-01-01T10:00:00+01:00"}""", "evidence")]
    [InlineData("""{"recipientType":"Spaceport","purpose":"Shelter","givenBy":"Person","givenAt":"2026-01-01T10:00:00+01:00","evidence":"F1"}""", "recipientType")]
    [InlineData("""{"recipientInstitutionId":"00000000-0000-0000-0000-000000000001","purpose":"Shelter","givenBy":"Person","givenAt":"2026-01-01T10:00:00+01:00","evidence":"F1"}""", "recipientInstitutionId")]
    public async Task InvalidConsent_ReturnsFieldError(string json, string field)
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var person = await PersonAsync(client, AdultPerson);

        var response = await client.PostAsync($"{Persons}/{person}/consents", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var saved = await App.WithDbAsync(db => db.ConsentRecords.CountAsync(c => c.PersonId == Guid.Parse(person)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        Assert.Equal(0, saved);
    }

    [Fact]
    public async Task OtherInstitution_GetsNotFound()
    {
        var reviewer = await App.ApiClientAsync(TestAccounts.Reviewer);
        var person = await PersonAsync(reviewer, AdultPerson);
        var recorded = await (await reviewer.PostAsJsonAsync($"{Persons}/{person}/consents", await ShelterConsentAsync("Person", DateTimeOffset.UtcNow.AddHours(-1))))
            .Content.ReadFromJsonAsync<JsonElement>();
        var other = await App.ApiClientAsync(TestAccounts.OtherCaseworker);

        var list = await other.GetAsync($"{Persons}/{person}/consents");
        var record = await other.PostAsJsonAsync($"{Persons}/{person}/consents", await ShelterConsentAsync("Person", DateTimeOffset.UtcNow.AddHours(-1)));
        var withdraw = await other.PostAsJsonAsync($"{Persons}/{person}/consents/{recorded.GetProperty("id").GetString()}/withdraw", new { });
        var stillInForce = await FindValidAsync(person, "EN", ServiceKind.Shelter);

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, record.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, withdraw.StatusCode);
        Assert.NotNull(stillInForce);
    }

    [Fact]
    public async Task Withdrawal_OutsideConsentPeriod_Rejected()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var person = await PersonAsync(client, AdultPerson);
        var givenAt = DateTimeOffset.UtcNow.AddDays(-2);
        var consentId = (await (await client.PostAsJsonAsync($"{Persons}/{person}/consents", await ShelterConsentAsync("Person", givenAt)))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var before = await client.PostAsJsonAsync($"{Persons}/{person}/consents/{consentId}/withdraw", new { withdrawnAt = givenAt.AddDays(-1) });
        var future = await client.PostAsJsonAsync($"{Persons}/{person}/consents/{consentId}/withdraw", new { withdrawnAt = DateTimeOffset.UtcNow.AddDays(1) });

        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.NotNull(await FindValidAsync(person, "EN", ServiceKind.Shelter));
    }

    private async Task<Core.Persons.ConsentRecord?> FindValidAsync(string personId, string institutionCode, ServiceKind purpose)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<ConsentLedger>();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.EMnrDbContext>();
        var recipient = await db.Institutions.SingleAsync(i => i.Code == institutionCode);
        return await ledger.FindValidAsync(Guid.Parse(personId), recipient, purpose, DateTimeOffset.UtcNow, CancellationToken.None);
    }
}
