using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Web.Features;
using EMnr.Web.Tests.Infrastructure;

namespace EMnr.Web.Tests.Communications;

public sealed class CommunicationApiTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Route = $"{ApiRoutes.Prefix}/{ApiRoutes.Communications}";

    [Fact]
    public async Task Create_ValidRequest_ReturnsCreatedWithETag()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var response = await client.PostAsJsonAsync(Route, CommunicationRequests.Valid());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("SuspectedTrafficking", body.GetProperty("category").GetString());
        Assert.Equal(1, await App.WithDbAsync(db => Task.FromResult(db.Communications.Count())));
    }

    public static TheoryData<string, object?, string> InvalidFields => new()
    {
        { "summary", "avant\0après", "summary" },
        { "summary", new string('x', 4001), "summary" },
        { "channel", "Fax", "channel" },
        { "language", "Klingon", "language" },
        { "callerType", "", "callerType" },
        { "category", "OtherOffenceRedirected", "redirectedTo" },
        { "redirectedTo", "Police", "redirectedTo" },
        { "provinceCode", "MA-XXX", "provinceCode" },
        { "crisisId", Guid.NewGuid(), "crisisId" },
        { "receivedAt", DateTimeOffset.UtcNow.AddMinutes(30).ToString("O"), "receivedAt" },
        { "receivedAt", null, "receivedAt" },
    };

    [Theory]
    [MemberData(nameof(InvalidFields))]
    public async Task Create_InvalidField_ReturnsProblemNamingField(string field, object? value, string expectedError)
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var response = await client.PostAsJsonAsync(Route, CommunicationRequests.Valid().With(field, value));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(expectedError, out _), problem.ToString());
        Assert.True(problem.TryGetProperty("traceId", out _));
        Assert.Equal(0, await App.WithDbAsync(db => Task.FromResult(db.Communications.Count())));
    }

    [Fact]
    public async Task Create_MalformedJson_ReturnsProblemNot500()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var response = await client.PostAsync(Route, new StringContent("{\"receivedAt\": \"yesterday\"", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutToken_Returns401()
    {
        var client = App.CreateClient();

        var response = await client.PostAsJsonAsync(Route, CommunicationRequests.Valid());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Create_AnalystRole_Returns403()
    {
        var client = await App.ApiClientAsync(TestAccounts.Analyst);

        var response = await client.PostAsJsonAsync(Route, CommunicationRequests.Valid());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task List_DateRange_IncludesBothLocalDays()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        // 14/09/2023 00:10 and 03/10/2023 23:50 in Casablanca (UTC+1 then) are inside the window;
        // 13/09/2023 23:50 and 04/10/2023 00:10 local are outside.
        DateTimeOffset[] inside = [new(2023, 9, 13, 23, 10, 0, TimeSpan.Zero), new(2023, 10, 3, 22, 50, 0, TimeSpan.Zero)];
        DateTimeOffset[] outside = [new(2023, 9, 13, 22, 50, 0, TimeSpan.Zero), new(2023, 10, 3, 23, 10, 0, TimeSpan.Zero)];
        foreach (var at in inside.Concat(outside))
        {
            (await client.PostAsJsonAsync(Route, CommunicationRequests.Valid(at))).EnsureSuccessStatusCode();
        }

        var page = await client.GetFromJsonAsync<JsonElement>($"{Route}?from=2023-09-14&to=2023-10-03");

        Assert.Equal(2, page.GetProperty("total").GetInt32());
        Assert.True(page.GetProperty("totalIsExact").GetBoolean());
        var times = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("receivedAt").GetDateTimeOffset()).ToList();
        Assert.Equal(inside.Reverse(), times);
    }

    [Fact]
    public async Task List_EndBeforeStart_ReturnsProblem()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var response = await client.GetAsync($"{Route}?from=2023-10-03&to=2023-09-14");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("to", out _));
    }

    [Theory]
    [InlineData("from=14-09-2023")]
    [InlineData("channel=Fax")]
    [InlineData("cursor=not-a-cursor")]
    [InlineData("limit=0")]
    public async Task List_InvalidFilter_ReturnsProblem(string query)
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var response = await client.GetAsync($"{Route}?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task List_Pages_ReturnEveryRecordOnce()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var sameInstant = DateTimeOffset.UtcNow.AddHours(-1);
        for (var i = 0; i < 7; i++)
        {
            // Three share one instant, so that the id breaks the tie.
            var at = i < 3 ? sameInstant : sameInstant.AddMinutes(-i);
            (await client.PostAsJsonAsync(Route, CommunicationRequests.Valid(at))).EnsureSuccessStatusCode();
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var url = $"{Route}?limit=3" + (cursor is null ? "" : $"&cursor={cursor}");
            var page = await client.GetFromJsonAsync<JsonElement>(url);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(7, seen.Count);
        Assert.Equal(7, seen.Distinct().Count());
    }

    [Fact]
    public async Task List_TextSearch_ForgivesAccentsAndArabicVariants()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        (await client.PostAsJsonAsync(Route, CommunicationRequests.Valid(summary: "Enfant emmené à Marrakech"))).EnsureSuccessStatusCode();
        (await client.PostAsJsonAsync(Route, CommunicationRequests.Valid(summary: "إعلان عن فتاة قاصرة"))).EnsureSuccessStatusCode();

        var french = await client.GetFromJsonAsync<JsonElement>($"{Route}?q=EMMENE");
        var arabic = await client.GetFromJsonAsync<JsonElement>($"{Route}?q={Uri.EscapeDataString("اعلان")}");

        Assert.Equal(1, french.GetProperty("total").GetInt32());
        Assert.Equal(1, arabic.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Get_OtherInstitution_Returns404()
    {
        var owner = await App.ApiClientAsync(TestAccounts.Caseworker);
        var created = await (await owner.PostAsJsonAsync(Route, CommunicationRequests.Valid())).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();
        var other = await App.ApiClientAsync(TestAccounts.OtherCaseworker);

        var response = await other.GetAsync($"{Route}/{id}");
        var list = await other.GetFromJsonAsync<JsonElement>(Route);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Correct_CurrentVersion_KeepsRevision()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var create = await client.PostAsJsonAsync(Route, CommunicationRequests.Valid());
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var request = new HttpRequestMessage(HttpMethod.Put, $"{Route}/{id}")
        {
            Content = JsonContent.Create(CommunicationRequests.Valid().With("category", "InformationRequest")),
        };
        request.Headers.IfMatch.Add(create.Headers.ETag!);
        var response = await client.SendAsync(request);
        var revisions = await client.GetFromJsonAsync<JsonElement>($"{Route}/{id}/revisions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var change = revisions[0].GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "category");
        Assert.Equal("SuspectedTrafficking", change.GetProperty("from").GetString());
        Assert.Equal("InformationRequest", change.GetProperty("to").GetString());
    }

    [Fact]
    public async Task Correct_StaleVersion_Returns409AndKeepsFirstChange()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var create = await client.PostAsJsonAsync(Route, CommunicationRequests.Valid());
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        async Task<HttpResponseMessage> CorrectAsync(string summary)
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"{Route}/{id}")
            {
                Content = JsonContent.Create(CommunicationRequests.Valid(summary: summary)),
            };
            request.Headers.IfMatch.Add(create.Headers.ETag!);
            return await client.SendAsync(request);
        }

        var first = await CorrectAsync("première correction");
        var second = await CorrectAsync("seconde correction");
        var stored = await client.GetFromJsonAsync<JsonElement>($"{Route}/{id}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("première correction", stored.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task Correct_WithoutIfMatch_Returns428()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var create = await client.PostAsJsonAsync(Route, CommunicationRequests.Valid());
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var response = await client.PutAsJsonAsync($"{Route}/{id}", CommunicationRequests.Valid());

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task Register_SelfService_Returns404()
    {
        var client = App.CreateClient();

        var response = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/register",
            new { email = "intruder@example.test", password = "a-long-enough-password" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
