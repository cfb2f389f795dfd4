using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EMnr.Web.Features;
using EMnr.Web.Tests.Infrastructure;

namespace EMnr.Web.Tests.Casework;

public sealed class IndicatorGuideApiTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Guide = $"{ApiRoutes.Prefix}/{ApiRoutes.IndicatorGuide}";

    [Fact]
    public async Task Publish_EditedLabel_NewScreeningsUseIt()
    {
        var reviewer = await App.ApiClientAsync(TestAccounts.Reviewer);
        var current = await reviewer.GetFromJsonAsync<JsonObject>(Guide);
        var oldVersion = current!["version"]!.GetValue<string>();
        var indicators = current["indicators"]!.AsArray();
        indicators[0]!["labelFr"] = "Libellé révisé";
        var version = "t-" + Guid.NewGuid().ToString("N")[..8];

        var published = await reviewer.PostAsJsonAsync($"{Guide}/versions", new { version, publishedOn = "2026-12-01", indicators });
        var now = await reviewer.GetFromJsonAsync<JsonElement>(Guide);
        var old = await reviewer.GetFromJsonAsync<JsonElement>($"{Guide}?version={oldVersion}");

        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal(version, now.GetProperty("version").GetString());
        Assert.Equal("Libellé révisé", now.GetProperty("indicators")[0].GetProperty("labelFr").GetString());
        Assert.NotEqual("Libellé révisé", old.GetProperty("indicators")[0].GetProperty("labelFr").GetString());
    }

    [Fact]
    public async Task Publish_DuplicateCode_ReturnsProblem()
    {
        var reviewer = await App.ApiClientAsync(TestAccounts.Reviewer);
        var current = await reviewer.GetFromJsonAsync<JsonObject>(Guide);
        var indicators = current!["indicators"]!.AsArray();
        indicators[1]!["code"] = indicators[0]!["code"]!.GetValue<string>();

        var response = await reviewer.PostAsJsonAsync($"{Guide}/versions", new { version = "dup-" + Guid.NewGuid().ToString("N")[..6], indicators });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Publish_Caseworker_IsForbidden()
    {
        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);

        var response = await caseworker.PostAsJsonAsync($"{Guide}/versions", new { version = "x", indicators = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
