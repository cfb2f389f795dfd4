using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Web.Tests.Infrastructure;

namespace EMnr.Web.Tests.Referrals;

public sealed class ChildClosureTests(EMnrApp app) : ReferralTestBase(app)
{
    private static Task<HttpResponseMessage> CloseAsync(HttpClient client, Guid reportId) =>
        client.PostAsJsonAsync($"{Reports}/{reportId}/status", new { status = "Closed", reason = "Prise en charge terminée" });

    [Fact]
    public async Task Close_ChildWithoutJudicialReferral_Returns409()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        var child = await AddPersonAsync(client, reportId, child: true);
        await SendOkAsync(client, reportId, "Security", null, "DGSN", (child, true));

        var response = await CloseAsync(client, reportId);

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var report = await client.GetFromJsonAsync<JsonElement>($"{Reports}/{reportId}");
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("prosecutor", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("New", report.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Close_ChildWithJudicialReferral_Succeeds()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        var child = await AddPersonAsync(client, reportId, child: true);
        await SendOkAsync(client, reportId, "Judicial", null, "PMP", (child, true));

        var response = await CloseAsync(client, reportId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Close_OnlyCancelledJudicialReferral_Returns409()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        var child = await AddPersonAsync(client, reportId, child: true);
        var referral = await SendOkAsync(client, reportId, "Judicial", null, "PMP", (child, false));
        Assert.Equal(HttpStatusCode.OK, (await ActNowAsync(client, IdOf(referral), "cancel")).StatusCode);

        var response = await CloseAsync(client, reportId);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Close_AdultsOnly_NeedsNoReferral()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(client);
        await AddPersonAsync(client, reportId, child: false);

        var response = await CloseAsync(client, reportId);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
