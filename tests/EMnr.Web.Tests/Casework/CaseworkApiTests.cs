using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Web.Features;
using EMnr.Web.Tests.Communications;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Tests.Casework;

public sealed class CaseworkApiTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";
    private const string Persons = $"{ApiRoutes.Prefix}/{ApiRoutes.Persons}";

    private static object ReportBody(Guid? communicationId = null, string narrative = "Des enfants du douar ont été emmenés pour travailler.") => new
    {
        communicationId,
        source = communicationId is null ? "Commission" : "ReportingLine",
        provinceCode = "MA-HAO",
        factsFrom = "2023-09-15",
        narrative,
        exploitationForms = new[] { "DomesticServitude", "ForcedLabour" },
    };

    private async Task<JsonElement> CreateReportAsync(HttpClient client, Guid? communicationId = null)
    {
        var response = await client.PostAsJsonAsync(Reports, ReportBody(communicationId));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> AddPersonAsync(HttpClient client, string reportId, object person)
    {
        var response = await client.PostAsJsonAsync($"{Reports}/{reportId}/persons", person);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Create_FromCommunication_LinksBothWays()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var communication = await (await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Communications}",
            CommunicationRequests.Valid())).Content.ReadFromJsonAsync<JsonElement>();
        var communicationId = communication.GetProperty("id").GetGuid();

        var report = await CreateReportAsync(client, communicationId);
        var stored = await client.GetFromJsonAsync<JsonElement>($"{ApiRoutes.Prefix}/{ApiRoutes.Communications}/{communicationId}");
        var queue = await client.GetFromJsonAsync<JsonElement>($"{ApiRoutes.Prefix}/{ApiRoutes.Communications}?reportsToOpen=true");
        var again = await client.PostAsJsonAsync(Reports, ReportBody(communicationId));

        Assert.Equal(report.GetProperty("id").GetString(), stored.GetProperty("reportId").GetString());
        Assert.Equal(0, queue.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Create_ManyAtOnce_NumbersWithoutGapsOrDuplicates()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.PostAsJsonAsync(Reports, ReportBody())));
        var references = new List<string>();
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            references.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!);
        }

        var year = DateTime.UtcNow.Year;
        var expected = Enumerable.Range(1, 12).Select(n => $"EMNR-{year}-{n:D5}").ToList();
        Assert.Equal(expected, references.Order(StringComparer.Ordinal).ToList());
    }

    [Theory]
    [InlineData("narrative", "")]
    [InlineData("narrative", "avant\0après")]
    [InlineData("source", "Pigeon")]
    [InlineData("factsFrom", "2099-01-01")]
    [InlineData("exploitationForms", "Unknown")]
    public async Task Create_InvalidField_ReturnsProblem(string field, string value)
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var body = JsonSerializer.SerializeToNode(ReportBody())!.AsObject();
        body[field] = field == "exploitationForms" ? new System.Text.Json.Nodes.JsonArray(value) : value;

        var response = await client.PostAsJsonAsync(Reports, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").EnumerateObject().Any(e => e.Name.StartsWith(field, StringComparison.Ordinal)), problem.ToString());
        Assert.Equal(0, await App.WithDbAsync(db => db.Reports.CountAsync()));
    }

    [Fact]
    public async Task AddPerson_Child_MakesReportUrgent()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var report = await CreateReportAsync(client);
        var reportId = report.GetProperty("id").GetString()!;

        var created = await AddPersonAsync(client, reportId, new { nameLatin = "Fatima Zahra El Fictivi", nameArabic = "فاطمة الزهراء الفكتيفي", sex = "Female", dateOfBirth = "2011-05-02", nationality = "MA" });
        var reread = await client.GetFromJsonAsync<JsonElement>($"{Reports}/{reportId}");

        Assert.True(created.GetProperty("person").GetProperty("childAtFacts").GetBoolean());
        Assert.StartsWith("PV-", created.GetProperty("person").GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Equal("Urgent", reread.GetProperty("priority").GetString());
    }

    [Fact]
    public async Task AddPerson_VariantSpelling_SuggestsDuplicate()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = (await CreateReportAsync(client)).GetProperty("id").GetString()!;
        var first = await AddPersonAsync(client, reportId, new { nameLatin = "Mohamed El Testaoui", sex = "Male", dateOfBirth = "1990-03-01" });

        var second = await AddPersonAsync(client, reportId, new { nameLatin = "Mohammed Testaoui", sex = "Male", dateOfBirth = "1990-07-01" });

        var candidates = second.GetProperty("possibleDuplicates").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains(first.GetProperty("person").GetProperty("id").GetString(), candidates);
    }

    [Fact]
    public async Task AddPerson_ArabicLetterVariant_SuggestsDuplicate()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = (await CreateReportAsync(client)).GetProperty("id").GetString()!;
        var first = await AddPersonAsync(client, reportId, new { nameArabic = "أمينة التستاوي", sex = "Female" });

        var second = await AddPersonAsync(client, reportId, new { nameArabic = "امينه تستاوي", sex = "Female" });

        var candidates = second.GetProperty("possibleDuplicates").EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains(first.GetProperty("person").GetProperty("id").GetString(), candidates);
    }

    public static TheoryData<string, object> InvalidPersons => new()
    {
        { "dateOfBirth", new { sex = "Female", dateOfBirth = "2099-01-01" } },
        { "dateOfBirth", new { sex = "Female", dateOfBirth = "2023-12-01" } },
        { "estimatedAgeMax", new { sex = "Male", estimatedAgeMin = 30, estimatedAgeMax = 20 } },
        { "estimatedAgeMin", new { sex = "Male", estimatedAgeMin = 130 } },
        { "nationality", new { sex = "Male", nationality = "XX" } },
        { "nameLatin", new { sex = "Male", nameLatin = "a\0b" } },
        { "sex", new { sex = "Other" } },
    };

    [Theory]
    [MemberData(nameof(InvalidPersons))]
    public async Task AddPerson_InvalidField_ReturnsProblem(string field, object person)
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = (await CreateReportAsync(client)).GetProperty("id").GetString()!;

        var response = await client.PostAsJsonAsync($"{Reports}/{reportId}/persons", person);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(0, await App.WithDbAsync(db => db.Persons.CountAsync()));
    }

    [Fact]
    public async Task GetPerson_Identity_IsAudited()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = (await CreateReportAsync(client)).GetProperty("id").GetString()!;
        var personId = (await AddPersonAsync(client, reportId, new { nameLatin = "Nadia Ait Testa", sex = "Female" }))
            .GetProperty("person").GetProperty("id").GetGuid();

        var person = await client.GetFromJsonAsync<JsonElement>($"{Persons}/{personId}");
        var reads = await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == personId.ToString() && a.Action == "person.identity.read"));

        Assert.Equal("Nadia Ait Testa", person.GetProperty("nameLatin").GetString());
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task OtherInstitution_SeesNothing()
    {
        var owner = await App.ApiClientAsync(TestAccounts.Caseworker);
        var reportId = (await CreateReportAsync(owner)).GetProperty("id").GetString()!;
        var personId = (await AddPersonAsync(owner, reportId, new { nameLatin = "Karim Ben Testa", sex = "Male" }))
            .GetProperty("person").GetProperty("id").GetString();
        var other = await App.ApiClientAsync(TestAccounts.OtherCaseworker);
        var reviewer = await App.ApiClientAsync(TestAccounts.Reviewer);

        var report = await other.GetAsync($"{Reports}/{reportId}");
        var person = await other.GetAsync($"{Persons}/{personId}");
        var addPerson = await other.PostAsJsonAsync($"{Reports}/{reportId}/persons", new { sex = "Male" });
        var list = await other.GetFromJsonAsync<JsonElement>(Reports);
        var reviewerSees = await reviewer.GetAsync($"{Reports}/{reportId}");

        Assert.Equal(HttpStatusCode.NotFound, report.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, person.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, addPerson.StatusCode);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, reviewerSees.StatusCode);
    }

    [Fact]
    public async Task Analyst_CannotReadReports()
    {
        var analyst = await App.ApiClientAsync(TestAccounts.Analyst);

        var response = await analyst.GetAsync(Reports);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Status_CloseWithoutReason_ReturnsProblem()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = (await CreateReportAsync(client)).GetProperty("id").GetString()!;

        var withoutReason = await client.PostAsJsonAsync($"{Reports}/{reportId}/status", new { status = "Closed" });
        var withReason = await client.PostAsJsonAsync($"{Reports}/{reportId}/status", new { status = "Closed", reason = "Pas d'élément de traite." });

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withReason.StatusCode);
    }

    [Fact]
    public async Task Assign_ToReviewer_ShowsInMineFilter()
    {
        var reviewer = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = (await CreateReportAsync(reviewer)).GetProperty("id").GetString()!;
        var reviewerId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == TestAccounts.Reviewer).Select(u => u.Id).SingleAsync());

        var assigned = await reviewer.PostAsJsonAsync($"{Reports}/{reportId}/assignment", new { reviewerId });
        var toCaseworker = await reviewer.PostAsJsonAsync($"{Reports}/{reportId}/assignment",
            new { reviewerId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == TestAccounts.Caseworker).Select(u => u.Id).SingleAsync()) });
        var unassigned = await reviewer.GetFromJsonAsync<JsonElement>($"{Reports}?unassigned=true");

        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, toCaseworker.StatusCode);
        Assert.Equal(0, unassigned.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_MyInstitution_ExcludesOthersForReviewer()
    {
        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);
        await CreateReportAsync(caseworker);
        var reviewer = await App.ApiClientAsync(TestAccounts.Reviewer);
        await CreateReportAsync(reviewer);

        var all = await reviewer.GetFromJsonAsync<JsonElement>(Reports);
        var own = await reviewer.GetFromJsonAsync<JsonElement>($"{Reports}?myInstitution=true");

        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal(1, own.GetProperty("total").GetInt32());
    }
}
