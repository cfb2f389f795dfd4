using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EMnr.Core.Identity;
using EMnr.Web.Features;
using EMnr.Web.Tests.Communications;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EMnr.Web.Tests.Authorization;

/// <summary>A signed-in account of the matrix: its bearer token for the API, and its cookies and antiforgery token for pages.</summary>
public sealed record MatrixCaller(string Role, string Email, string InstitutionCode, string BearerToken, string Cookies, string AntiforgeryToken);

/// <summary>One institution's records that the matrix requests by id.</summary>
public sealed record RecordSet(Guid Communication, Guid Report, Guid Person, Guid Attachment);

/// <summary>
/// State shared by every matrix case of a test run: one HTTP client, each role signed in once, and
/// a set of records in each institution. Other test classes empty the records between their tests,
/// so <see cref="EnsureRecordsAsync"/> creates them again when they are gone.
/// </summary>
public sealed partial class MatrixSession
{
    /// <summary>Accounts that create each institution's records through the API.</summary>
    private static readonly (string InstitutionCode, string Email)[] RecordOwners =
    [
        ("CNCLTEH", TestAccounts.Reviewer),
        ("EN", TestAccounts.Caseworker),
        (TestAccounts.OtherInstitutionCode, TestAccounts.OtherCaseworker),
    ];

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static MatrixSession? current;

    private readonly EMnrApp app;
    private readonly string fingerprintSql;
    private Dictionary<string, RecordSet> records = [];

    private MatrixSession(EMnrApp app, HttpClient client, IReadOnlyDictionary<string, MatrixCaller> callers, string fingerprintSql)
    {
        this.app = app;
        Client = client;
        Callers = callers;
        this.fingerprintSql = fingerprintSql;
    }

    /// <summary>Client that neither follows redirects nor keeps cookies, so each request carries its caller's own.</summary>
    public HttpClient Client { get; }

    /// <summary>Signed-in callers by role.</summary>
    public IReadOnlyDictionary<string, MatrixCaller> Callers { get; }

    public static async Task<MatrixSession> GetAsync(EMnrApp app)
    {
        await Gate.WaitAsync();
        try
        {
            if (current is null || current.app != app)
            {
                current = await CreateAsync(app);
            }

            await current.EnsureRecordsAsync();
            return current;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>
    /// The records of the caller's institution; <paramref name="otherInstitution"/> picks another
    /// institution's. Callers that the route refuses anyway, and anonymous ones, get any institution's.
    /// </summary>
    public RecordSet RecordsFor(MatrixCaller? caller, bool otherInstitution, bool callerIsAllowed)
    {
        if (otherInstitution)
        {
            return records[TestAccounts.OtherInstitutionCode];
        }

        var code = caller?.InstitutionCode ?? "EN";
        return records.TryGetValue(code, out var set) ? set
            : !callerIsAllowed ? records["EN"]
            : throw new InvalidOperationException(
                $"No matrix records in institution {code}. Add an account of that institution to MatrixSession.RecordOwners.");
    }

    /// <summary>
    /// Returns the row count of every table but the migration history and the data protection keys,
    /// and the last audit id. Any write changes it, because every change is audited.
    /// </summary>
    public async Task<string> FingerprintAsync()
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(fingerprintSql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<MatrixSession> CreateAsync(EMnrApp app)
    {
        // A plain client on the Kestrel port, because redirects must stay visible: they are the
        // response that pages give to anonymous and forbidden callers.
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = app.ServerAddress,
        };

        var callers = new Dictionary<string, MatrixCaller>();
        foreach (var role in Roles.All)
        {
            var (email, _, institutionCode) = TestAccounts.All.First(a => a.Role == role);
            callers[role] = await SignInAsync(client, role, email, institutionCode);
        }

        return new MatrixSession(app, client, callers, await BuildFingerprintSqlAsync(app.ConnectionString));
    }

    private static async Task<MatrixCaller> SignInAsync(HttpClient client, string role, string email, string institutionCode)
    {
        var credentials = EMnrApp.LoginBody(email);
        var bearer = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/login", credentials);
        bearer.EnsureSuccessStatusCode();
        var token = (await bearer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;

        var cookie = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Auth}/login?useCookies=true", credentials);
        cookie.EnsureSuccessStatusCode();
        var cookies = CookiesOf(cookie);

        // The antiforgery token is bound to the account, so one token serves every page form of the caller.
        using var home = new HttpRequestMessage(HttpMethod.Get, "/");
        home.Headers.Add("Cookie", cookies);
        var page = await client.SendAsync(home);
        var html = await page.Content.ReadAsStringAsync();
        var antiforgery = AntiforgeryInput().Match(html);
        if (!antiforgery.Success)
        {
            throw new InvalidOperationException($"The home page of {role} has no antiforgery token (status {(int)page.StatusCode}).");
        }

        return new MatrixCaller(role, email, institutionCode, token, cookies + "; " + CookiesOf(page), antiforgery.Groups[1].Value);
    }

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0])
            : []);

    private async Task EnsureRecordsAsync()
    {
        var reportIds = records.Values.Select(r => r.Report).ToList();
        var present = reportIds.Count == 0 ? 0 : await app.WithDbAsync(db => db.Reports.CountAsync(r => reportIds.Contains(r.Id)));
        if (reportIds.Count == RecordOwners.Length && present == reportIds.Count)
        {
            return;
        }

        var created = new Dictionary<string, RecordSet>();
        foreach (var (institutionCode, email) in RecordOwners)
        {
            created[institutionCode] = await CreateRecordsAsync(await app.ApiClientAsync(email));
        }

        records = created;
    }

    private static async Task<RecordSet> CreateRecordsAsync(HttpClient client)
    {
        var communication = await PostAsync(client, $"{ApiRoutes.Prefix}/{ApiRoutes.Communications}", JsonContent.Create(CommunicationRequests.Valid()));
        var report = await PostAsync(client, $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}",
            JsonContent.Create(new { source = "Institution", provinceCode = "MA-HAO", narrative = "Signalement fictif pour la matrice." }));
        var reportId = report.GetProperty("id").GetGuid();
        var person = await PostAsync(client, $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}/{reportId}/persons",
            JsonContent.Create(new { sex = "Female", nameLatin = "Personne Fictive", dateOfBirth = "1995-01-01" }));
        var attachment = await PostAsync(client, $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}/{reportId}/attachments", PdfForm());
        return new RecordSet(
            communication.GetProperty("id").GetGuid(),
            reportId,
            person.GetProperty("person").GetProperty("id").GetGuid(),
            attachment.GetProperty("id").GetGuid());
    }

    public static MultipartFormDataContent PdfForm()
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"));
        part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(part, "file", "matrice.pdf");
        return form;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string path, HttpContent content)
    {
        var response = await client.PostAsync(path, content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Creating a matrix record with POST {path} failed with {(int)response.StatusCode}: {body}");
        }

        return JsonSerializer.Deserialize<JsonElement>(body);
    }

    private static async Task<string> BuildFingerprintSqlAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' " +
            "AND table_name NOT IN ('__EFMigrationsHistory', 'data_protection_keys') ORDER BY table_name", connection);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = tables.Select(t => $"'{t}=' || (SELECT count(*) FROM \"{t}\")");
        return $"SELECT concat_ws(', ', {string.Join(", ", counts)}, 'last audit=' || (SELECT coalesce(max(id), 0) FROM audit_entries))";
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryInput();
}
