using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Web.Features;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Tests.Casework;

public sealed class MergeApiTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";
    private const string Persons = $"{ApiRoutes.Prefix}/{ApiRoutes.Persons}";

    private static async Task<string> ReportAsync(HttpClient client) =>
        (await (await client.PostAsJsonAsync(Reports, new { source = "Commission", narrative = "Faits." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

    private static async Task<string> PersonAsync(HttpClient client, string reportId, string name) =>
        (await (await client.PostAsJsonAsync($"{Reports}/{reportId}/persons", new { nameLatin = name, sex = "Male" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("id").GetString()!;

    [Fact]
    public async Task Merge_ThenUndo_RestoresBothRecords()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var firstReport = await ReportAsync(client);
        var secondReport = await ReportAsync(client);
        var survivor = await PersonAsync(client, firstReport, "Mohamed El Testaoui");
        var duplicate = await PersonAsync(client, secondReport, "Mohammed Testaoui");

        var merge = await client.PostAsJsonAsync($"{Persons}/{duplicate}/merge", new { intoPersonId = survivor, reason = "Même personne : même douar, même date." });
        var mergeId = (await merge.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var secondAfterMerge = await client.GetFromJsonAsync<JsonElement>($"{Reports}/{secondReport}/persons");
        var suggestions = await client.GetFromJsonAsync<JsonElement>($"{Persons}/{survivor}/duplicates");

        var undo = await client.PostAsync($"{Persons}/merges/{mergeId}/undo", null);
        var secondAfterUndo = await client.GetFromJsonAsync<JsonElement>($"{Reports}/{secondReport}/persons");
        var undoAgain = await client.PostAsync($"{Persons}/merges/{mergeId}/undo", null);
        var audited = await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityId == duplicate && (a.Action == "person.merged" || a.Action == "person.merge.undone")));

        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        Assert.Equal([survivor], secondAfterMerge.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList());
        Assert.Equal(0, suggestions.GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, undo.StatusCode);
        Assert.Equal([duplicate], secondAfterUndo.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList());
        Assert.Equal(HttpStatusCode.Conflict, undoAgain.StatusCode);
        Assert.Equal(2, audited);
    }

    [Fact]
    public async Task Merge_WithoutReason_ReturnsProblem()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var report = await ReportAsync(client);
        var a = await PersonAsync(client, report, "Ahmed");
        var b = await PersonAsync(client, report, "Ahmad");

        var response = await client.PostAsJsonAsync($"{Persons}/{b}/merge", new { intoPersonId = a });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Merge_Caseworker_IsForbidden()
    {
        var client = await App.ApiClientAsync(TestAccounts.Caseworker);

        var response = await client.PostAsJsonAsync($"{Persons}/{Guid.NewGuid()}/merge", new { intoPersonId = Guid.NewGuid(), reason = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
