using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Core.Screening;
using EMnr.Web.Features;
using EMnr.Web.Tests.Infrastructure;

namespace EMnr.Web.Tests.Casework;

public sealed class ScreeningApiTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";

    private async Task<(HttpClient Client, string ReportId, string ChildId, string AdultId)> ReportWithChildAndAdultAsync()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var report = await (await client.PostAsJsonAsync(Reports, new
        {
            source = "Commission",
            narrative = "Recrutement de mineurs pour du travail domestique.",
            factsFrom = "2023-09-20",
        })).Content.ReadFromJsonAsync<JsonElement>();
        var reportId = report.GetProperty("id").GetString()!;
        async Task<string> AddAsync(object person) =>
            (await (await client.PostAsJsonAsync($"{Reports}/{reportId}/persons", person)).Content.ReadFromJsonAsync<JsonElement>())
                .GetProperty("person").GetProperty("id").GetString()!;
        var child = await AddAsync(new { sex = "Female", dateOfBirth = "2010-01-10" });
        var adult = await AddAsync(new { sex = "Female", dateOfBirth = "1995-01-10" });
        return (client, reportId, child, adult);
    }

    /// <summary>Picks enough strong indicators to make each named dimension present.</summary>
    private static object[] Tick(IndicatorList list, params ScreeningDimension[] dimensions) =>
        dimensions.SelectMany(d =>
        {
            var ofDimension = IndicatorGuide2009.Version.Indicators.Where(i => i.List == list && i.Dimension == d).ToList();
            var strong = ofDimension.Where(i => i.Strength == IndicatorStrength.Strong).Take(2).ToList();
            var rest = ofDimension.Where(i => i.Strength != IndicatorStrength.Strong).Take(3).ToList();
            return strong.Count == 2 ? strong : [.. strong, .. rest];
        }).Select(i => (object)new { code = i.Code, note = "observé" }).ToArray();

    [Fact]
    public async Task Screen_ChildWithoutMeans_IsPositive()
    {
        var (client, reportId, childId, _) = await ReportWithChildAndAdultAsync();
        var indicators = Tick(IndicatorList.ChildLabour, ScreeningDimension.DeceptiveRecruitment, ScreeningDimension.ExploitativeConditions);

        var response = await client.PostAsJsonAsync($"{Reports}/{reportId}/persons/{childId}/screenings", new { list = "ChildLabour", indicators });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Positive", body.GetProperty("suggestedOutcome").GetString());
        Assert.True(body.GetProperty("reasons").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Screen_AdultWithoutMeans_IsNegative()
    {
        var (client, reportId, _, adultId) = await ReportWithChildAndAdultAsync();
        var indicators = Tick(IndicatorList.AdultLabour, ScreeningDimension.DeceptiveRecruitment, ScreeningDimension.ExploitativeConditions);

        var response = await client.PostAsJsonAsync($"{Reports}/{reportId}/persons/{adultId}/screenings", new { list = "AdultLabour", indicators });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Negative", body.GetProperty("suggestedOutcome").GetString());
    }

    [Fact]
    public async Task Screen_IndicatorFromOtherList_ReturnsProblem()
    {
        var (client, reportId, _, adultId) = await ReportWithChildAndAdultAsync();
        var indicators = Tick(IndicatorList.AdultSexual, ScreeningDimension.DeceptiveRecruitment);

        var response = await client.PostAsJsonAsync($"{Reports}/{reportId}/persons/{adultId}/screenings", new { list = "AdultLabour", indicators });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Screen_OverrideWithoutReason_ReturnsProblem()
    {
        var (client, reportId, _, adultId) = await ReportWithChildAndAdultAsync();

        var response = await client.PostAsJsonAsync($"{Reports}/{reportId}/persons/{adultId}/screenings",
            new { list = "AdultLabour", indicators = Array.Empty<object>(), agreesWithSuggestion = false });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Decide_TwoReviewersAtOnce_OneConflict()
    {
        var (client, reportId, childId, _) = await ReportWithChildAndAdultAsync();
        var read = await client.GetAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Persons}/{childId}");
        var etag = read.Headers.ETag!;

        async Task<HttpResponseMessage> DecideAsync(string outcome)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, $"{ApiRoutes.Prefix}/{ApiRoutes.Persons}/{childId}/decisions")
            {
                Content = JsonContent.Create(new { reportId, outcome, reason = "Motifs raisonnables au vu des indicateurs." }),
            };
            request.Headers.IfMatch.Add(etag);
            return await client.SendAsync(request);
        }

        var results = await Task.WhenAll(DecideAsync("PresumedVictim"), DecideAsync("NotAVictim"));

        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Decide_Caseworker_IsForbidden()
    {
        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);

        var response = await caseworker.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Persons}/{Guid.NewGuid()}/decisions",
            new { outcome = "PresumedVictim", reason = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
