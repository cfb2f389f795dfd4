using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Core.Institutions;
using EMnr.Core.Persons;
using EMnr.Web.Features;
using EMnr.Web.Tests.Infrastructure;

namespace EMnr.Web.Tests.Referrals;

/// <summary>Intent methods for referral tests: open a report, add persons, record consent, send and act.</summary>
public abstract class ReferralTestBase(EMnrApp app) : IntegrationTest(app)
{
    protected const string Referrals = $"{ApiRoutes.Prefix}/{ApiRoutes.Referrals}";
    protected const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";
    protected const string Persons = $"{ApiRoutes.Prefix}/{ApiRoutes.Persons}";

    protected static async Task<Guid> CreateReportAsync(HttpClient client, string province = "MA-HAO")
    {
        var response = await client.PostAsJsonAsync(Reports, new
        {
            source = "Commission",
            provinceCode = province,
            factsFrom = "2023-09-15",
            narrative = "Des enfants du douar ont été emmenés pour travailler dans des maisons.",
            exploitationForms = new[] { "DomesticServitude" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>Adds an invented child (born 2012) or adult (born 1990) and returns the person's id.</summary>
    protected static async Task<Guid> AddPersonAsync(HttpClient client, Guid reportId, bool child)
    {
        var response = await client.PostAsJsonAsync($"{Reports}/{reportId}/persons", child
            ? new { nameLatin = "Salma Fictive", sex = "Female", dateOfBirth = "2012-04-10", nationality = "MA" }
            : new { nameLatin = "Karim Inventé", sex = "Male", dateOfBirth = "1990-02-01", nationality = "MA" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("id").GetGuid();
    }

    protected async Task RecordConsentAsync(Guid personId, string recipientCode, ServiceKind purpose, ConsentGiver givenBy)
    {
        var recipientId = await App.InstitutionIdAsync(recipientCode);
        var userId = Guid.CreateVersion7();
        await App.WithDbAsync(async db =>
        {
            db.ConsentRecords.Add(new ConsentRecord
            {
                Id = Guid.CreateVersion7(),
                PersonId = personId,
                RecipientInstitutionId = recipientId,
                Purpose = purpose,
                GivenBy = givenBy,
                GivenAt = DateTimeOffset.UtcNow.AddMinutes(-10),
                Evidence = "Formulaire signé n° 12",
                RecordedBy = userId,
                RecordedByInstitutionId = recipientId,
                RecordedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
    }

    protected async Task<HttpResponseMessage> SendAsync(
        HttpClient client, Guid reportId, string kind, string? service, string recipientCode, params (Guid Id, bool Share)[] persons) =>
        await client.PostAsJsonAsync(Referrals, new
        {
            reportId,
            kind,
            service,
            toInstitutionId = await App.InstitutionIdAsync(recipientCode),
            reason = "Mise à l'abri et accompagnement demandés.",
            persons = persons.Select(p => new { personId = p.Id, shareIdentity = p.Share }).ToArray(),
        });

    protected async Task<JsonElement> SendOkAsync(
        HttpClient client, Guid reportId, string kind, string? service, string recipientCode, params (Guid Id, bool Share)[] persons)
    {
        var response = await SendAsync(client, reportId, kind, service, recipientCode, persons);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    protected static async Task<EntityTagHeaderValue> ETagAsync(HttpClient client, Guid referralId)
    {
        var response = await client.GetAsync($"{Referrals}/{referralId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.ETag!;
    }

    protected static async Task<HttpResponseMessage> ActAsync(
        HttpClient client, Guid referralId, string action, EntityTagHeaderValue? etag, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"{Referrals}/{referralId}/{action}")
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Reads the current ETag and applies the action, with the text it needs.</summary>
    protected static async Task<HttpResponseMessage> ActNowAsync(HttpClient client, Guid referralId, string action) =>
        await ActAsync(client, referralId, action, await ETagAsync(client, referralId),
            new { reason = "Motif de test", outcome = "Hébergée et suivie", note = "Note de test" });

    protected static Guid IdOf(JsonElement element) => element.GetProperty("id").GetGuid();
}
