using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EMnr.Web.Features;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EMnr.Web.Tests.Auditing;

public sealed partial class DataRequestPageTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";

    private async Task<string> CreatePersonAsync()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var report = (await (await client.PostAsJsonAsync(Reports, new { source = "Commission", narrative = "Faits inventés." }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        return (await (await client.PostAsJsonAsync($"{Reports}/{report}/persons", new { nameLatin = "Nom Inventé", sex = "Male" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("id").GetString()!;
    }

    private async Task<HttpClient> SignedInClientAsync(string email)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = App.ServerAddress, HandleCookies = true });
        var login = await client.PostAsJsonAsync(
            $"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/login?useCookies=true", EMnrApp.LoginBody(email));
        login.EnsureSuccessStatusCode();
        return client;
    }

    private static async Task<HttpResponseMessage> CorrectAsync(HttpClient client, string path, string field, string value, string reason)
    {
        var page = await client.GetStringAsync(path);
        var token = AntiforgeryInput().Match(page).Groups[1].Value;
        return await client.PostAsync($"{path}?handler=Correct", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Field"] = field,
            ["Value"] = value,
            ["Reason"] = reason,
        }));
    }

    [Fact]
    public async Task Correct_WithoutReason_ShowsErrorThenSaves()
    {
        var person = await CreatePersonAsync();
        var client = await SignedInClientAsync(TestAccounts.Reviewer);
        var path = $"/Persons/DataRequest/{person}";

        var rejected = await CorrectAsync(client, path, "nameLatin", "Nom Corrigé", "");
        var rejectedHtml = await rejected.Content.ReadAsStringAsync();
        var saved = await CorrectAsync(client, path, "nameLatin", "Nom Corrigé", "Pièce d'identité présentée.");
        var history = await client.GetStringAsync(path);

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Contains("Indiquez le motif de la rectification", rejectedHtml, StringComparison.Ordinal);
        Assert.Equal($"/Persons/Details/{person}", saved.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Nom Corrigé", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Csv_Downloads()
    {
        var person = await CreatePersonAsync();
        var client = await SignedInClientAsync(TestAccounts.Reviewer);

        var response = await client.GetAsync($"/Persons/DataRequest/{person}?handler=Export&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Page_OutOfScope_Returns404()
    {
        var person = await CreatePersonAsync();
        var client = await SignedInClientAsync(TestAccounts.OtherCaseworker);

        var response = await client.GetAsync($"/Persons/DataRequest/{person}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
