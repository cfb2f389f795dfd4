using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Core.Auditing;
using EMnr.Web.Features;
using EMnr.Web.Tests.Communications;
using EMnr.Web.Tests.Imports;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Tests.Auditing;

/// <summary>Every change leaves an audit entry in the same unit of work, without personal data.</summary>
public sealed class AuditTrailTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Communications = $"{ApiRoutes.Prefix}/{ApiRoutes.Communications}";
    private const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";

    private Task<List<AuditEntry>> EntriesForAsync(string recordId) =>
        App.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityId == recordId).OrderBy(a => a.Id).ToListAsync());

    [Fact]
    public async Task Communication_CreateAndCorrect_AreAudited()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var create = await client.PostAsJsonAsync(Communications, CommunicationRequests.Valid(summary: "Résumé initial confidentiel."));
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var correct = new HttpRequestMessage(HttpMethod.Put, $"{Communications}/{id}")
        {
            Content = JsonContent.Create(CommunicationRequests.Valid(summary: "Résumé corrigé confidentiel.")),
        };
        correct.Headers.IfMatch.Add(create.Headers.ETag!);
        var corrected = await client.SendAsync(correct);

        var entries = await EntriesForAsync(id);
        var operatorId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == TestAccounts.Operator).Select(u => u.Id).SingleAsync());

        Assert.Equal(HttpStatusCode.Created, create.StatusCode);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Contains(entries, e => e.Action == "communication.created" && e.EntityType == "communication");
        var update = Assert.Single(entries, e => e.Action == "communication.updated");
        Assert.Contains("Summary", update.ChangedProperties!.Split(','));
        Assert.Contains(entries, e => e.Action == "communication-revision.created");
        Assert.All(entries, e => Assert.Equal(operatorId, e.UserId));
        Assert.All(entries, e => Assert.NotNull(e.InstitutionId));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.CorrelationId)));
        Assert.All(entries, e => Assert.DoesNotContain("confidentiel", e.ChangedProperties ?? "", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ReportPersonAndAttachment_AreAudited()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var report = (await (await client.PostAsJsonAsync(Reports, new { source = "Commission", narrative = "Faits." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var person = (await (await client.PostAsJsonAsync($"{Reports}/{report}/persons", new { nameLatin = "Nom Inventé", sex = "Female" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("id").GetString()!;
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent("%PDF-1.4\n%test\n"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "piece.pdf");
        var upload = await client.PostAsync($"{Reports}/{report}/attachments", form);
        var attachment = (await upload.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var download = await client.GetAsync($"{Reports}/{report}/attachments/{attachment}");

        var reportEntries = await EntriesForAsync(report);
        var personEntries = await EntriesForAsync(person);
        var attachmentEntries = await EntriesForAsync(attachment);
        var linkEntries = await EntriesForAsync($"{report}/{person}");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains(reportEntries, e => e.Action == "report.created");
        Assert.Contains(reportEntries, e => e.Action == "attachment.uploaded");
        Assert.Contains(personEntries, e => e.Action == "person.created");
        Assert.Single(linkEntries, e => e.Action == "report-person.created");
        Assert.Contains(attachmentEntries, e => e.Action == "report-attachment.created");
        Assert.Contains(attachmentEntries, e => e.Action == "attachment.downloaded");
    }

    [Fact]
    public async Task ExplicitEntry_ReplacesGenericOne()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var report = (await (await client.PostAsJsonAsync(Reports, new { source = "Commission", narrative = "Faits." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;

        var entries = await EntriesForAsync(report);

        Assert.Single(entries, e => e.Action == "report.created");
    }

    [Fact]
    public async Task ExpiredImportBatch_DeletionIsAudited()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var first = await UploadAsync(client);
        await App.WithDbAsync(db => db.ImportBatches.Where(b => b.Id == first)
            .ExecuteUpdateAsync(set => set.SetProperty(b => b.UploadedAt, b => b.UploadedAt.AddDays(-2))));

        await UploadAsync(client);
        var remaining = await App.WithDbAsync(db => db.ImportBatches.CountAsync(b => b.Id == first));
        var entries = await EntriesForAsync(first.ToString());

        Assert.Equal(0, remaining);
        Assert.Contains(entries, e => e.Action == "import-batch.created");
        Assert.Contains(entries, e => e.Action == "import-batch.deleted");
    }

    private static async Task<Guid> UploadAsync(HttpClient client)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(CallLogCsv.Utf8(CallLogCsv.Row()));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "journal.csv");
        var response = await client.PostAsync($"{ApiRoutes.Prefix}/{ApiRoutes.CommunicationImports}", form);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchId").GetGuid();
    }
}
