using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EMnr.Web.Features;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Tests.Auditing;

/// <summary>Export and correction of one person's data on request (Law 09-08).</summary>
public sealed class PersonDataRequestTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";
    private const string Persons = $"{ApiRoutes.Prefix}/{ApiRoutes.Persons}";

    private async Task<(string Report, string Person)> CreatePersonAsync(string email)
    {
        var client = await App.ApiClientAsync(email);
        var report = (await (await client.PostAsJsonAsync(Reports, new { source = "Commission", narrative = "Faits inventés." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var person = (await (await client.PostAsJsonAsync($"{Reports}/{report}/persons",
                new { nameLatin = "Amina Testa", nameArabic = "أمينة", sex = "Female", dateOfBirth = "2001-04-05", nationality = "MA" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("id").GetString()!;
        return (report, person);
    }

    [Fact]
    public async Task Export_Json_IsCompleteAndAudited()
    {
        var (report, person) = await CreatePersonAsync(TestAccounts.Caseworker);
        var client = await App.ApiClientAsync(TestAccounts.Caseworker);

        var export = await client.GetFromJsonAsync<JsonElement>($"{Persons}/{person}/export?format=json");
        var audited = await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == person && a.Action == "person.identity.exported"));

        Assert.Equal("Amina Testa", export.GetProperty("identity").GetProperty("nameLatin").GetString());
        Assert.Equal(report, export.GetProperty("reports")[0].GetProperty("id").GetString());
        Assert.StartsWith("EMNR-", export.GetProperty("reports")[0].GetProperty("reference").GetString());
        Assert.Equal(1, audited);
    }

    [Fact]
    public async Task Export_Csv_HasOneValuePerRow()
    {
        var (_, person) = await CreatePersonAsync(TestAccounts.Reviewer);
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);

        var response = await client.GetAsync($"{Persons}/{person}/export?format=csv");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("section,item,field,value", text, StringComparison.Ordinal);
        Assert.Contains("\"identity\",1,\"nameArabic\",\"أمينة\"", text, StringComparison.Ordinal);
        Assert.Contains("\"report\",1,\"reference\",\"EMNR-", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_BadFormat_Returns400()
    {
        var (_, person) = await CreatePersonAsync(TestAccounts.Reviewer);
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);

        var response = await client.GetAsync($"{Persons}/{person}/export?format=xml");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Export_OutOfScope_Returns404()
    {
        var (_, person) = await CreatePersonAsync(TestAccounts.Caseworker);
        var other = await App.ApiClientAsync(TestAccounts.OtherCaseworker);

        var outOfScope = await other.GetAsync($"{Persons}/{person}/export");
        var unknown = await other.GetAsync($"{Persons}/{Guid.NewGuid()}/export");
        var correction = await other.PostAsJsonAsync($"{Persons}/{person}/corrections",
            new { reason = "Pièce d'identité.", changes = new { nameLatin = "X" } });

        Assert.Equal(HttpStatusCode.NotFound, outOfScope.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, correction.StatusCode);
    }

    [Fact]
    public async Task Export_Operator_IsForbidden()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var response = await client.GetAsync($"{Persons}/{Guid.NewGuid()}/export");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Correct_KeepsPreviousValuesForReviewers()
    {
        var (_, person) = await CreatePersonAsync(TestAccounts.Caseworker);
        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);
        var reviewer = await App.ApiClientAsync(TestAccounts.Reviewer);

        var response = await caseworker.PostAsJsonAsync($"{Persons}/{person}/corrections",
            new { reason = "Acte de naissance présenté.", changes = new Dictionary<string, object?> { ["nameLatin"] = "Amina Testaoui", ["dateOfBirth"] = "2001-05-04", ["guardianName"] = null } });
        var identity = await reviewer.GetFromJsonAsync<JsonElement>($"{Persons}/{person}");
        var history = await reviewer.GetFromJsonAsync<JsonElement>($"{Persons}/{person}/corrections");
        var caseworkerHistory = await caseworker.GetAsync($"{Persons}/{person}/corrections");
        var audit = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == person && a.Action == "person.identity.corrected"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Amina Testaoui", identity.GetProperty("nameLatin").GetString());
        Assert.Equal("2001-05-04", identity.GetProperty("dateOfBirth").GetString());
        var changes = history[0].GetProperty("changes");
        Assert.Equal(2, changes.GetArrayLength());
        Assert.Equal("Amina Testa", changes[0].GetProperty("from").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, caseworkerHistory.StatusCode);
        Assert.Equal("nameLatin,dateOfBirth", audit.ChangedProperties);
    }

    [Theory]
    [InlineData("""{"changes":{"nameLatin":"Autre"}}""", "reason")]
    [InlineData("""{"reason":"   ","changes":{"nameLatin":"Autre"}}""", "reason")]
    [InlineData("""{"reason":"Pièce.","changes":{}}""", "changes")]
    [InlineData("""{"reason":"Pièce.","changes":{"code":"PV-1"}}""", "code")]
    [InlineData("""{"reason":"Pièce.","changes":{"dateOfBirth":"31/02/2001"}}""", "dateOfBirth")]
    [InlineData("""{"reason":"Pièce.","changes":{"dateOfBirth":"2999-01-01"}}""", "dateOfBirth")]
    [InlineData("""{"reason":"Pièce.","changes":{"sex":"Other"}}""", "sex")]
    [InlineData("""{"reason":"Pièce.","changes":{"estimatedAgeMin":"douze"}}""", "estimatedAgeMin")]
    [InlineData("""{"reason":"Pièce.","changes":{"nationality":["MA"]}}""", "nationality")]
    [InlineData("""{"reason":"Pièce.","changes":{"nameLatin":"Amina Testa"}}""", "changes")]
    public async Task Correct_BadInput_Returns400(string body, string field)
    {
        var (_, person) = await CreatePersonAsync(TestAccounts.Reviewer);
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);

        var response = await client.PostAsync($"{Persons}/{person}/corrections", new StringContent(body, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Correct_MalformedJson_Returns400()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);

        var response = await client.PostAsync($"{Persons}/{Guid.NewGuid()}/corrections", new StringContent("{\"reason\":", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
