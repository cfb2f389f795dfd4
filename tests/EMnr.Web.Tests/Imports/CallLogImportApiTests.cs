using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EMnr.Core.Crises;
using EMnr.Web.Features;
using EMnr.Web.Infrastructure;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Tests.Imports;

public sealed class CallLogImportApiTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Route = $"{ApiRoutes.Prefix}/{ApiRoutes.CommunicationImports}";

    /// <summary>Data rows in samples/call-log-sample.csv.</summary>
    private const int SampleRows = 14;

    [Fact]
    public async Task Sample_ImportsEveryRow()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var preview = await UploadOkAsync(client, CallLogCsv.Sample());

        Assert.Equal(SampleRows, preview.GetProperty("rows").GetInt32());
        Assert.Equal(SampleRows, preview.GetProperty("valid").GetInt32());
        Assert.Equal(SampleRows, preview.GetProperty("new").GetInt32());
        Assert.Equal(0, preview.GetProperty("alreadyImported").GetInt32());
        Assert.Empty(preview.GetProperty("errors").EnumerateArray());
        Assert.True(preview.GetProperty("canConfirm").GetBoolean());
        var suggestion = Assert.Single(preview.GetProperty("suggestedCrises").EnumerateArray());
        Assert.Equal(AlHaouzEarthquake.Code, suggestion.GetProperty("crisisCode").GetString());
        Assert.Equal(SampleRows - 1, suggestion.GetProperty("rows").GetInt32());

        var confirmation = await ConfirmOkAsync(client, preview);

        Assert.Equal(SampleRows, confirmation.GetProperty("imported").GetInt32());
        Assert.Equal(0, confirmation.GetProperty("skipped").GetInt32());
        var operatorId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == TestAccounts.Operator).Select(u => u.Id).SingleAsync());
        var institutionId = await App.InstitutionIdAsync("CNCLTEH");
        var crisisId = AlHaouzEarthquake.Create().Id;
        var stored = await App.WithDbAsync(db => db.Communications.AsNoTracking().ToListAsync());
        Assert.Equal(SampleRows, stored.Count);
        Assert.All(stored, c => Assert.Equal(operatorId, c.OperatorId));
        Assert.All(stored, c => Assert.Equal(institutionId, c.InstitutionId));
        Assert.All(stored, c => Assert.Equal(crisisId, c.CrisisId));
        Assert.All(stored, c => Assert.Equal(7, c.Id.Version));
        Assert.All(stored, c => Assert.Matches("^[0-9a-f]{64}$", c.ImportKey!));
        Assert.Equal(SampleRows, stored.Select(c => c.ImportKey).Distinct().Count());
        Assert.Contains(stored, c => c.SummarySearch.Contains("hebergee chez des inconnus", StringComparison.Ordinal));
        var redirected = Assert.Single(stored, c => c.RedirectedTo is not null);
        Assert.Equal("Gendarmerie", redirected.RedirectedTo.ToString());
        var batch = await App.WithDbAsync(db => db.ImportBatches.AsNoTracking().SingleAsync());
        Assert.NotNull(batch.CommittedAt);
        Assert.Equal(SampleRows, batch.ImportedCount);
        Assert.Equal("call-log-sample.csv", batch.FileName);
    }

    [Fact]
    public async Task SameFileTwice_SecondImportsNothing()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        await ConfirmOkAsync(client, await UploadOkAsync(client, CallLogCsv.Sample()));

        var second = await UploadOkAsync(client, CallLogCsv.Sample());

        Assert.Equal(0, second.GetProperty("new").GetInt32());
        Assert.Equal(SampleRows, second.GetProperty("alreadyImported").GetInt32());
        var confirmation = await ConfirmOkAsync(client, second);
        Assert.Equal(0, confirmation.GetProperty("imported").GetInt32());
        Assert.Equal(SampleRows, confirmation.GetProperty("skipped").GetInt32());
        Assert.Equal(SampleRows, await CountCommunicationsAsync());
    }

    [Fact]
    public async Task OverlappingFile_ImportsOnlyNewRows()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        await ConfirmOkAsync(client, await UploadOkAsync(client, CallLogCsv.Utf8(CallLogCsv.Row())));

        var preview = await UploadOkAsync(client, CallLogCsv.Utf8(CallLogCsv.Row(), CallLogCsv.Row(receivedAt: "15/09/2023 10:00")));

        Assert.Equal(1, preview.GetProperty("new").GetInt32());
        Assert.Equal(1, preview.GetProperty("alreadyImported").GetInt32());
        var statuses = preview.GetProperty("firstRows").EnumerateArray().Select(r => r.GetProperty("status").GetString());
        Assert.Equal(["alreadyImported", "new"], statuses);
        Assert.Equal(1, (await ConfirmOkAsync(client, preview)).GetProperty("imported").GetInt32());
        Assert.Equal(2, await CountCommunicationsAsync());
    }

    [Fact]
    public async Task DuplicateRowsInFile_ImportedOnce()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var preview = await UploadOkAsync(client, CallLogCsv.Utf8(CallLogCsv.Row(), CallLogCsv.Row(), CallLogCsv.Row(summary: "Autre appel.")));

        Assert.Equal(3, preview.GetProperty("valid").GetInt32());
        Assert.Equal(2, preview.GetProperty("new").GetInt32());
        Assert.Equal(1, preview.GetProperty("duplicatesInFile").GetInt32());
        var confirmation = await ConfirmOkAsync(client, preview);
        Assert.Equal(2, confirmation.GetProperty("imported").GetInt32());
        Assert.Equal(1, confirmation.GetProperty("skipped").GetInt32());
        Assert.Equal(2, await CountCommunicationsAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Upload_WithOrWithoutBom_IsValid(bool byteOrderMark)
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var text = CallLogCsv.Utf8(CallLogCsv.Row(), CallLogCsv.Row(summary: "اتصال من شاهد."));
        byte[] content = byteOrderMark ? [0xEF, 0xBB, 0xBF, .. text] : text;

        var preview = await UploadOkAsync(client, content);

        Assert.Equal(2, preview.GetProperty("new").GetInt32());
        Assert.Empty(preview.GetProperty("errors").EnumerateArray());
        await ConfirmOkAsync(client, preview);
        var summaries = await App.WithDbAsync(db => db.Communications.Select(c => c.Summary).ToListAsync());
        Assert.Contains("اتصال من شاهد.", summaries);
    }

    [Theory]
    [InlineData(';')]
    [InlineData(',')]
    public async Task Upload_SemicolonOrComma_IsValid(char separator)
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var text = CallLogCsv.Text(CallLogCsv.Row(summary: "\"Appel reçu; rappel prévu\""), CallLogCsv.Row(receivedAt: "15/09/2023 10:00"))
            .Replace(';', separator);

        var preview = await UploadOkAsync(client, Encoding.UTF8.GetBytes(text));

        Assert.Equal(2, preview.GetProperty("valid").GetInt32());
        Assert.Empty(preview.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Upload_MissingColumn_StoresNothing()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var text = "received_at;channel;language;category;summary\n14/09/2023 09:12;GreenLine;Darija;Other;Appel.\n";

        var preview = await UploadOkAsync(client, Encoding.UTF8.GetBytes(text));

        var error = Assert.Single(preview.GetProperty("errors").EnumerateArray());
        Assert.Equal(1, error.GetProperty("line").GetInt32());
        Assert.Contains("caller_type", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, preview.GetProperty("batchId").ValueKind);
        Assert.False(preview.GetProperty("canConfirm").GetBoolean());
        Assert.Equal(0, await App.WithDbAsync(db => db.ImportBatches.CountAsync()));
        Assert.Equal(0, await CountCommunicationsAsync());
    }

    [Fact]
    public async Task Upload_Latin1File_ReturnsEncodingError()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var content = Encoding.Latin1.GetBytes(CallLogCsv.Text(CallLogCsv.Row(summary: "Un témoin signale un hébergement suspect.")));

        var preview = await UploadOkAsync(client, content);

        var error = Assert.Single(preview.GetProperty("errors").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("line").ValueKind);
        var message = error.GetProperty("message").GetString();
        Assert.StartsWith("The file is not UTF-8", message, StringComparison.Ordinal);
        Assert.Contains("save it as 'CSV UTF-8' and import again", message, StringComparison.Ordinal);
        Assert.Equal(0, preview.GetProperty("rows").GetInt32());
        Assert.Equal(0, await App.WithDbAsync(db => db.ImportBatches.CountAsync()));
    }

    [Fact]
    public async Task Upload_MalformedDate_NamesLineAndField()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var preview = await UploadOkAsync(client, CallLogCsv.Utf8(CallLogCsv.Row(), CallLogCsv.Row(receivedAt: "2023-09-14T09:12")));

        var error = Assert.Single(preview.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal("received_at", error.GetProperty("field").GetString());
        Assert.Contains("dd/MM/yyyy HH:mm", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, preview.GetProperty("rows").GetInt32());
        Assert.Equal(1, preview.GetProperty("valid").GetInt32());
        Assert.False(preview.GetProperty("canConfirm").GetBoolean());
    }

    public static TheoryData<string, string> InvalidRows => new()
    {
        { CallLogCsv.Row(summary: "avant\0après"), "summary" },
        { CallLogCsv.Row(summary: new string('x', 4001)), "summary" },
        { CallLogCsv.Row(receivedAt: "01/01/2099 10:00"), "received_at" },
        { CallLogCsv.Row(receivedAt: ""), "received_at" },
        { CallLogCsv.Row(channel: "Fax"), "channel" },
        { CallLogCsv.Row(language: "Klingon"), "language" },
        { CallLogCsv.Row(callerType: ""), "caller_type" },
        { CallLogCsv.Row(category: "OtherOffenceRedirected"), "redirected_to" },
        { CallLogCsv.Row(redirectedTo: "Police"), "redirected_to" },
        { CallLogCsv.Row(province: "MA-XXX"), "province" },
        { CallLogCsv.Row(crisis: "INONDATIONS-1999"), "crisis" },
    };

    [Theory]
    [MemberData(nameof(InvalidRows))]
    public async Task Upload_InvalidValue_ErrorNamesLineAndField(string row, string field)
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var preview = await UploadOkAsync(client, CallLogCsv.Utf8(CallLogCsv.Row(), row));

        var error = Assert.Single(preview.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
        Assert.False(preview.GetProperty("canConfirm").GetBoolean());
    }

    [Fact]
    public async Task Confirm_OneBadRow_ImportsNothing()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var preview = await UploadOkAsync(client, CallLogCsv.Utf8(
            CallLogCsv.Row(), CallLogCsv.Row(receivedAt: "15/09/2023 10:00"), CallLogCsv.Row(channel: "Pigeon voyageur"), CallLogCsv.Row(receivedAt: "16/09/2023 10:00")));
        Assert.Equal(3, preview.GetProperty("new").GetInt32());

        var response = await client.PostAsync(ConfirmRoute(preview), null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, problem.GetProperty("errorCount").GetInt32());
        var error = Assert.Single(problem.GetProperty("rowErrors").EnumerateArray());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Equal("channel", error.GetProperty("field").GetString());
        Assert.Equal(0, await CountCommunicationsAsync());
        Assert.Null(await App.WithDbAsync(db => db.ImportBatches.Select(b => b.CommittedAt).SingleAsync()));
    }

    [Fact]
    public async Task Upload_ArabicIndicDigits_Accepted()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var preview = await UploadOkAsync(client, CallLogCsv.Utf8(CallLogCsv.Row(receivedAt: "١٤/٠٩/٢٠٢٣ ٢١:٣٥", summary: "مكالمة من شاهد.")));

        Assert.Empty(preview.GetProperty("errors").EnumerateArray());
        await ConfirmOkAsync(client, preview);
        var receivedAt = await App.WithDbAsync(db => db.Communications.Select(c => c.ReceivedAt).SingleAsync());
        Assert.Equal(new DateTimeOffset(2023, 9, 14, 20, 35, 0, TimeSpan.Zero), receivedAt);
    }

    [Fact]
    public async Task Upload_CrisisSuggestion_OnlyInsideProvincesAndWindow()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var preview = await UploadOkAsync(client, CallLogCsv.Utf8(
            CallLogCsv.Row(province: "MA-CHI"),
            CallLogCsv.Row(province: "MA-CAS"),
            CallLogCsv.Row(receivedAt: "10/09/2023 09:00"),
            CallLogCsv.Row(province: "")));

        var rows = preview.GetProperty("firstRows").EnumerateArray().ToList();
        Assert.Equal([true, false, false, false], rows.Select(r => r.GetProperty("crisisSuggested").GetBoolean()));
        Assert.Equal(AlHaouzEarthquake.Code, rows[0].GetProperty("crisisCode").GetString());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("crisisCode").ValueKind);
        Assert.Equal(1, preview.GetProperty("suggestedCrises")[0].GetProperty("rows").GetInt32());
    }

    [Fact]
    public async Task Confirm_OtherUsersBatch_Returns404()
    {
        var owner = await App.ApiClientAsync(TestAccounts.Operator);
        var preview = await UploadOkAsync(owner, CallLogCsv.Utf8(CallLogCsv.Row()));
        var other = await App.ApiClientAsync(TestAccounts.Reviewer);

        var response = await other.PostAsync(ConfirmRoute(preview), null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await CountCommunicationsAsync());
    }

    [Fact]
    public async Task Confirm_UnknownBatch_Returns404()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);

        var response = await client.PostAsync($"{Route}/{Guid.CreateVersion7()}/confirm", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Confirm_Twice_Returns409()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var preview = await UploadOkAsync(client, CallLogCsv.Utf8(CallLogCsv.Row()));
        await ConfirmOkAsync(client, preview);

        var response = await client.PostAsync(ConfirmRoute(preview), null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("already confirmed", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await CountCommunicationsAsync());
    }

    [Fact]
    public async Task Confirm_Concurrently_ImportsOnce()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var preview = await UploadOkAsync(client, CallLogCsv.Utf8(CallLogCsv.Row(), CallLogCsv.Row(receivedAt: "15/09/2023 10:00")));

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => client.PostAsync(ConfirmRoute(preview), null)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(2, await CountCommunicationsAsync());
    }

    [Fact]
    public async Task Upload_OversizedFile_Returns413Problem()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var maxBytes = MaxImportBytes();
        var content = new byte[maxBytes + 1];
        Array.Fill(content, (byte)'x');

        var response = await UploadAsync(client, content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await App.WithDbAsync(db => db.ImportBatches.CountAsync()));
    }

    [Fact]
    public async Task Upload_FarOverFormLimit_Returns400Problem()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        var content = new byte[(2 * MaxImportBytes()) + 1024];
        Array.Fill(content, (byte)'x');

        var response = await UploadAsync(client, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Upload_WithoutFile_Returns400()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };

        var response = await client.PostAsync(Route, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Theory]
    [InlineData(TestAccounts.Caseworker)]
    [InlineData(TestAccounts.Analyst)]
    public async Task Upload_RoleWithoutImport_Returns403(string account)
    {
        var client = await App.ApiClientAsync(account);

        var response = await UploadAsync(client, CallLogCsv.Utf8(CallLogCsv.Row()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Upload_WithoutToken_Returns401()
    {
        var response = await UploadAsync(App.CreateClient(), CallLogCsv.Utf8(CallLogCsv.Row()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesImportEndpoints()
    {
        var document = await App.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        var upload = paths.GetProperty(Route).GetProperty("post");
        Assert.StartsWith("Uploads a call-log CSV file", upload.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(upload.GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        var confirm = paths.GetProperty($"{Route}/{{batchId}}/confirm").GetProperty("post");
        Assert.StartsWith("Imports every new row", confirm.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    private static string ConfirmRoute(JsonElement preview) => $"{Route}/{preview.GetProperty("batchId").GetGuid()}/confirm";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName = "call-log-sample.csv")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync(Route, form);
    }

    private static async Task<JsonElement> UploadOkAsync(HttpClient client, byte[] content)
    {
        var response = await UploadAsync(client, content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static async Task<JsonElement> ConfirmOkAsync(HttpClient client, JsonElement preview)
    {
        var response = await client.PostAsync(ConfirmRoute(preview), null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private int MaxImportBytes() => App.Services.GetRequiredService<IOptions<CommunicationOptions>>().Value.MaxImportBytes;

    private Task<int> CountCommunicationsAsync() => App.WithDbAsync(db => db.Communications.CountAsync());
}
