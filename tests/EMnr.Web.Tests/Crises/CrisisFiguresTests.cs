using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Core.Crises;
using EMnr.Web.Features;
using EMnr.Web.Seeding;
using EMnr.Web.Tests.Communications;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Web.Tests.Crises;

public sealed class CrisisFiguresTests(EMnrApp app) : IntegrationTest(app)
{
    private static readonly string FiguresRoute =
        $"{ApiRoutes.Prefix}/{ApiRoutes.Crises}/{AlHaouzEarthquake.Create().Id}/figures";

    [Fact]
    public async Task Figures_DemoDataSet_CountsRecordsInWindow()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        }

        var client = await App.ApiClientAsync(TestAccounts.Analyst);

        var figures = await client.GetFromJsonAsync<JsonElement>(FiguresRoute);

        Assert.Equal(1749, figures.GetProperty("total").GetInt32());
        Assert.Equal(34, figures.GetProperty("suspectedTrafficking").GetProperty("count").GetInt32());
        var days = figures.GetProperty("byDay").EnumerateArray().ToList();
        Assert.Equal(20, days.Count);
        Assert.Equal(1749, days.Sum(d => d.GetProperty("count").GetInt32()));
        Assert.True(days[0].GetProperty("count").GetInt32() > days[^1].GetProperty("count").GetInt32());
        var totalCommunications = await App.WithDbAsync(db => Task.FromResult(db.Communications.Count()));
        Assert.True(totalCommunications > 1749, "the demo set also has communications outside the window");
    }

    [Fact]
    public async Task Figures_SmallCounts_AreWithheld()
    {
        var operatorClient = await App.ApiClientAsync(TestAccounts.Operator);
        var crisisId = AlHaouzEarthquake.Create().Id;
        for (var i = 0; i < 3; i++)
        {
            var request = CommunicationRequests.Valid(new DateTimeOffset(2023, 9, 20, 10, i, 0, TimeSpan.Zero))
                .With("crisisId", crisisId);
            (await operatorClient.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Communications}", request)).EnsureSuccessStatusCode();
        }

        var client = await App.ApiClientAsync(TestAccounts.Analyst);
        var figures = await client.GetFromJsonAsync<JsonElement>(FiguresRoute);

        var suspected = figures.GetProperty("suspectedTrafficking");
        Assert.True(suspected.GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, suspected.GetProperty("count").ValueKind);
    }

    [Fact]
    public async Task Figures_UnknownCrisis_Returns404()
    {
        var client = await App.ApiClientAsync(TestAccounts.Analyst);

        var response = await client.GetAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Crises}/{Guid.NewGuid()}/figures");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
