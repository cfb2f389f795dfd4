using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using EMnr.Web.Features;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Tests.Casework;

public sealed class AttachmentApiTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

    private async Task<(HttpClient Client, string ReportId)> ReportAsync(string account = TestAccounts.Reviewer)
    {
        var client = await App.ApiClientAsync(account);
        var report = await (await client.PostAsJsonAsync(Reports, new { source = "Commission", narrative = "Faits signalés." }))
            .Content.ReadFromJsonAsync<JsonElement>();
        return (client, report.GetProperty("id").GetString()!);
    }

    private static MultipartFormDataContent File(byte[] content, string name)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "file", name);
        return form;
    }

    [Fact]
    public async Task Upload_PdfWithArabicName_IsServedBack()
    {
        var (client, reportId) = await ReportAsync();

        var upload = await client.PostAsync($"{Reports}/{reportId}/attachments", File(Pdf, "محضر الاستماع.pdf"));
        var created = await upload.Content.ReadFromJsonAsync<JsonElement>();
        var download = await client.GetAsync($"{Reports}/{reportId}/attachments/{created.GetProperty("id").GetString()}");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal("محضر الاستماع.pdf", created.GetProperty("fileName").GetString());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("محضر الاستماع.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Upload_TextNamedPdf_IsRejected()
    {
        var (client, reportId) = await ReportAsync();

        var response = await client.PostAsync($"{Reports}/{reportId}/attachments", File(Encoding.UTF8.GetBytes("not a pdf"), "rapport.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.ReportAttachments.CountAsync()));
    }

    [Fact]
    public async Task Upload_Over20Megabytes_IsRejected()
    {
        var (client, reportId) = await ReportAsync();
        var big = new byte[(20 * 1024 * 1024) + 1];
        Pdf.CopyTo(big, 0);

        var response = await client.PostAsync($"{Reports}/{reportId}/attachments", File(big, "gros.pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.ReportAttachments.CountAsync()));
    }

    [Fact]
    public async Task Download_OtherInstitution_Returns404()
    {
        var (owner, reportId) = await ReportAsync(TestAccounts.Caseworker);
        var created = await (await owner.PostAsync($"{Reports}/{reportId}/attachments", File(Pdf, "a.pdf"))).Content.ReadFromJsonAsync<JsonElement>();
        var other = await App.ApiClientAsync(TestAccounts.OtherCaseworker);

        var response = await other.GetAsync($"{Reports}/{reportId}/attachments/{created.GetProperty("id").GetString()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
