using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EMnr.Web.Features;
using EMnr.Web.Tests.Infrastructure;

namespace EMnr.Web.Tests.Communications;

/// <summary>Inputs that once reached PostgreSQL or the runtime unchecked; each must get a 4xx problem, never a 500.</summary>
public sealed class HostileInputTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Route = $"{ApiRoutes.Prefix}/{ApiRoutes.Communications}";

    [Theory]
    [InlineData("province=MA%00")]
    [InlineData("to=9999-12-31")]
    [InlineData("from=0001-01-01")]
    [InlineData("limit=abc")]
    [InlineData("crisisId=zzz")]
    [InlineData("channel=GreenLine,WebForm")]
    [InlineData("q=ab")]
    public async Task List_HostileQuery_ReturnsProblem(string query)
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var response = await client.GetAsync($"{Route}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task List_NulInSearch_IsIgnored()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var response = await client.GetAsync($"{Route}?q=abc%00d");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("receivedAt", "2026-12-01T10:00:00")]
    [InlineData("provinceCode", "MA\u0000")]
    [InlineData("category", "SuspectedTrafficking,Other")]
    public async Task Create_HostileField_ReturnsProblem(string field, string value)
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var response = await client.PostAsJsonAsync(Route, CommunicationRequests.Valid().With(field, value));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Create_PlainTextBody_ReturnsProblemNotRedirect()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var response = await client.PostAsync(Route, new StringContent("hello", Encoding.UTF8, "text/plain"));

        // NOTE: the 415 endpoint falls under the cookie fallback policy, so a bearer client sees 401; never a redirect.
        Assert.True(response.StatusCode is HttpStatusCode.UnsupportedMediaType or HttpStatusCode.Unauthorized, response.StatusCode.ToString());
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task UnknownApiRoute_WithToken_Returns404NotRedirect()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var response = await client.GetAsync($"{ApiRoutes.Prefix}/nothing-here");

        Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Unauthorized, response.StatusCode.ToString());
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task Screening_NullIndicator_ReturnsProblem()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var report = await (await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Reports}", new { source = "Commission", narrative = "Faits." }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var reportId = report.GetProperty("id").GetString();
        var person = await (await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Reports}/{reportId}/persons", new { sex = "Male", dateOfBirth = "1990-01-01" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var personId = person.GetProperty("person").GetProperty("id").GetString();

        var response = await client.PostAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Reports}/{reportId}/persons/{personId}/screenings",
            new StringContent("{\"list\":\"AdultLabour\",\"indicators\":[null]}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Decide_SameOutcomeTwiceAtOnce_OneConflict()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var report = await (await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Reports}", new { source = "Commission", narrative = "Faits." }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var reportId = report.GetProperty("id").GetString();
        var person = await (await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Reports}/{reportId}/persons", new { sex = "Female" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var personId = person.GetProperty("person").GetProperty("id").GetString();
        var etag = (await client.GetAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Persons}/{personId}")).Headers.ETag!;

        async Task<HttpResponseMessage> DecideAsync()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"{ApiRoutes.Prefix}/{ApiRoutes.Persons}/{personId}/decisions")
            {
                // The same status the person already has: the version must still be checked.
                Content = JsonContent.Create(new { reportId, outcome = "PotentialVictim", reason = "Éléments insuffisants pour l'instant." }),
            };
            request.Headers.IfMatch.Add(etag);
            return await client.SendAsync(request);
        }

        var results = await Task.WhenAll(DecideAsync(), DecideAsync(), DecideAsync());

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(2, results.Count(r => r.StatusCode == HttpStatusCode.Conflict));
    }
}
