using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Web.Features;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EMnr.Web.Tests.Auditing;

public sealed class AuditBrowseTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Route = $"{ApiRoutes.Prefix}/{ApiRoutes.Audit}";
    private const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";

    private async Task<string> CreateReportAsync(string email)
    {
        var client = await App.ApiClientAsync(email);
        var response = await client.PostAsJsonAsync(Reports, new { source = "Commission", narrative = "Faits inventés." });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = App.ServerAddress, HandleCookies = true });
        var login = await client.PostAsJsonAsync(
            $"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/login?useCookies=true", EMnrApp.LoginBody(email));
        login.EnsureSuccessStatusCode();
        return client;
    }

    [Fact]
    public async Task List_FilterByRecord_ShowsEmailAndInstitution()
    {
        var report = await CreateReportAsync(TestAccounts.Caseworker);
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);

        var page = await client.GetFromJsonAsync<AuditPage>($"{Route}?recordType=report&recordId={report}");

        var entry = Assert.Single(page!.Items);
        Assert.Equal("report.created", entry.Action);
        Assert.Equal(TestAccounts.Caseworker, entry.UserEmail);
        Assert.False(string.IsNullOrEmpty(entry.InstitutionName));
        Assert.Null(page.NextCursor);
    }

    [Fact]
    public async Task List_Pages_NewestFirstWithoutOverlap()
    {
        for (var i = 0; i < 3; i++)
        {
            await CreateReportAsync(TestAccounts.Caseworker);
        }

        var client = await App.ApiClientAsync(TestAccounts.Admin);
        var userId = (await App.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == TestAccounts.Caseworker).Id))).ToString();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        var first = await client.GetFromJsonAsync<AuditPage>($"{Route}?userId={userId}&action=report.created&from={today}&limit=2");
        var second = await client.GetFromJsonAsync<AuditPage>($"{Route}?userId={userId}&action=report.created&from={today}&limit=2&cursor={first!.NextCursor}");

        Assert.Equal(2, first.Items.Count);
        Assert.True(first.Items[0].Id > first.Items[1].Id);
        Assert.NotNull(first.NextCursor);
        Assert.NotEmpty(second!.Items);
        Assert.True(second.Items[0].Id < first.Items[1].Id);
    }

    [Theory]
    [InlineData("unknown=1", "unknown")]
    [InlineData("from=31/02/2024", "from")]
    [InlineData("from=2024-03-10&to=2024-03-01", "to")]
    [InlineData("userId=not-a-guid", "userId")]
    [InlineData("action=DROP TABLE", "action")]
    [InlineData("cursor=%%%", "cursor")]
    [InlineData("limit=0", "limit")]
    public async Task List_BadFilter_Returns400(string query, string field)
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);

        var response = await client.GetAsync($"{Route}?{query}");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData(TestAccounts.Caseworker)]
    [InlineData(TestAccounts.Operator)]
    [InlineData(TestAccounts.Analyst)]
    public async Task List_OtherRoles_AreForbidden(string email)
    {
        var client = await App.ApiClientAsync(email);

        var response = await client.GetAsync(Route);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Page_Reviewer_ListsAndVerifies()
    {
        var report = await CreateReportAsync(TestAccounts.Caseworker);
        var client = await SignedInClientAsync(TestAccounts.Reviewer);

        var html = await client.GetStringAsync($"/Audit?recordId={report}");
        var badDate = await client.GetStringAsync("/Audit?from=99/99/2024");

        Assert.Contains("report.created", html, StringComparison.Ordinal);
        Assert.Contains(TestAccounts.Caseworker, html, StringComparison.Ordinal);
        Assert.DoesNotContain("audit-entries", badDate, StringComparison.Ordinal);
        Assert.Contains("jj/mm/aaaa", badDate, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_Caseworker_IsDenied()
    {
        var client = await SignedInClientAsync(TestAccounts.Caseworker);

        var response = await client.GetAsync("/Audit");

        Assert.Equal("/Account/AccessDenied", response.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task Register_ShowsConfiguredRetention()
    {
        var client = await SignedInClientAsync(TestAccounts.Analyst);

        var html = await client.GetStringAsync("/Privacy/Register");

        Assert.Contains("processing-communications", html, StringComparison.Ordinal);
        Assert.Contains("5 ans après la réception", html, StringComparison.Ordinal);
        Assert.Contains("Signalements clos : 10 ans", html, StringComparison.Ordinal);
    }
}
