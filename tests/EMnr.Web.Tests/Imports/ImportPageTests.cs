using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using EMnr.Web.Features;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Tests.Imports;

/// <summary>The import page, driven with the cookie session and antiforgery tokens that a browser would send.</summary>
public sealed partial class ImportPageTests(EMnrApp app) : IntegrationTest(app)
{
    private const string PagePath = "/Imports";

    [Fact]
    public async Task Page_UploadThenConfirm_ImportsRows()
    {
        var client = await SignedInClientAsync(TestAccounts.Operator);

        var preview = await UploadAsync(client, CallLogCsv.Sample());

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("batchId=", preview.RequestMessage!.RequestUri!.Query, StringComparison.Ordinal);
        var previewHtml = await preview.Content.ReadAsStringAsync();
        Assert.Contains("Nouvelles communications", previewHtml, StringComparison.Ordinal);
        Assert.Contains("suggérée", previewHtml, StringComparison.Ordinal);
        var batchId = BatchIdInput().Match(previewHtml).Groups[1].Value;
        Assert.NotEmpty(batchId);

        var result = await client.PostAsync($"{PagePath}?handler=Confirm", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.BatchId"] = batchId,
            ["__RequestVerificationToken"] = AntiforgeryToken(previewHtml),
        }));

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal(PagePath, result.RequestMessage!.RequestUri!.AbsolutePath);
        var resultHtml = WebUtility.HtmlDecode(await result.Content.ReadAsStringAsync());
        Assert.Contains("14 communication(s) importée(s).", resultHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/Communications\"", resultHtml, StringComparison.Ordinal);
        Assert.Equal(14, await App.WithDbAsync(db => db.Communications.CountAsync()));
    }

    [Fact]
    public async Task Page_Latin1File_ShowsErrorAtField()
    {
        var client = await SignedInClientAsync(TestAccounts.Operator);

        var response = await UploadAsync(client, Encoding.Latin1.GetBytes(CallLogCsv.Text(CallLogCsv.Row(summary: "Témoin."))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("is-invalid", html, StringComparison.Ordinal);
        Assert.Contains("The file is not UTF-8", html, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.ImportBatches.CountAsync()));
    }

    [Fact]
    public async Task Page_InvalidRow_ListsErrorWithoutConfirmButton()
    {
        var client = await SignedInClientAsync(TestAccounts.Operator);

        var response = await UploadAsync(client, CallLogCsv.Utf8(CallLogCsv.Row(), CallLogCsv.Row(receivedAt: "hier soir")));

        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<td>3</td>", html, StringComparison.Ordinal);
        Assert.Contains("<span dir=\"ltr\">received_at</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Confirm", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ValidatorError_IsTranslated()
    {
        var client = await SignedInClientAsync(TestAccounts.Operator);

        var response = await UploadAsync(client, CallLogCsv.Utf8(CallLogCsv.Row(category: "OtherOffenceRedirected")));

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Indiquez vers qui l'appel a été réorienté.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Choose where the call was redirected.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ArabicCulture_ShowsArabicHeading()
    {
        var client = await SignedInClientAsync(TestAccounts.Operator);

        var response = await client.GetAsync($"{PagePath}?culture=ar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"h3 mb-3\">استيراد سجل المكالمات</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Importer un journal d", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_OtherUsersBatch_Returns404()
    {
        var owner = await App.ApiClientAsync(TestAccounts.Operator);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(CallLogCsv.Utf8(CallLogCsv.Row())), "file", "calls.csv" } };
        var upload = await owner.PostAsync($"{ApiRoutes.Prefix}/{ApiRoutes.CommunicationImports}", form);
        var batchId = (await upload.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("batchId").GetGuid();
        var other = await SignedInClientAsync(TestAccounts.Reviewer);

        var response = await other.GetAsync($"{PagePath}?batchId={batchId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Page_CaseworkerRole_IsDenied()
    {
        var client = await SignedInClientAsync(TestAccounts.Caseworker);

        var response = await client.GetAsync(PagePath);

        // The client follows the redirect, so the last request shows where the cookie handler sent it.
        Assert.Equal("/Account/AccessDenied", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.DoesNotContain("Déposer un fichier", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = App.ServerAddress,
            HandleCookies = true,
        });
        var login = await client.PostAsJsonAsync(
            $"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/login?useCookies=true", EMnrApp.LoginBody(email));
        login.EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content)
    {
        var page = await client.GetStringAsync(PagePath);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(AntiforgeryToken(page)), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Input.File", "journal.csv");
        return await client.PostAsync($"{PagePath}?handler=Upload", form);
    }

    private static string AntiforgeryToken(string html)
    {
        var match = AntiforgeryInput().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();

    [GeneratedRegex("name=\"Input.BatchId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex BatchIdInput();
}
