using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Core.Notifications;
using EMnr.Core.Referrals;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Tests.Referrals;

public sealed class ReferralTransitionTests(EMnrApp app) : ReferralTestBase(app)
{
    /// <summary>A reviewer's shelter referral of an adult, without identity, to the caseworker's institution (EN).</summary>
    private async Task<(HttpClient Sender, HttpClient Recipient, Guid Id)> SendToShelterAsync()
    {
        var sender = await App.ApiClientAsync(TestAccounts.Reviewer);
        var recipient = await App.ApiClientAsync(TestAccounts.Caseworker);
        var reportId = await CreateReportAsync(sender);
        var adult = await AddPersonAsync(sender, reportId, child: false);
        var referral = await SendOkAsync(sender, reportId, "Service", "Shelter", "EN", (adult, false));
        return (sender, recipient, IdOf(referral));
    }

    [Fact]
    public async Task Actions_FullLoop_RecordsHistoryAndNotifiesSender()
    {
        var (sender, recipient, id) = await SendToShelterAsync();

        foreach (var action in new[] { "acknowledge", "accept", "start", "complete" })
        {
            var response = await ActNowAsync(recipient, id, action);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{action}: {await response.Content.ReadAsStringAsync()}");
        }

        var referral = await sender.GetFromJsonAsync<JsonElement>($"{Referrals}/{id}");
        var history = await sender.GetFromJsonAsync<JsonElement>($"{Referrals}/{id}/history");
        var reference = referral.GetProperty("reference").GetString();
        var kinds = await App.WithDbAsync(db => db.Notifications.Where(n => n.Reference == reference).Select(n => n.Kind).Distinct().ToListAsync());
        Assert.Equal("Completed", referral.GetProperty("status").GetString());
        Assert.Equal("Hébergée et suivie", referral.GetProperty("outcome").GetString());
        Assert.False(referral.GetProperty("clock").GetProperty("running").GetBoolean());
        Assert.Equal(["Sent", "Acknowledged", "Accepted", "InProgress", "Completed"],
            history.EnumerateArray().Select(h => h.GetProperty("to").GetString()!).ToArray());
        Assert.Contains(NotificationKinds.ReferralAcknowledged, kinds);
        Assert.Contains(NotificationKinds.ReferralAccepted, kinds);
        Assert.Contains(NotificationKinds.ReferralStarted, kinds);
        Assert.Contains(NotificationKinds.ReferralCompleted, kinds);
    }

    [Fact]
    public async Task Act_EveryStatusAndSide_MatchesTable()
    {
        var (sender, recipient, id) = await SendToShelterAsync();
        var failures = new List<string>();

        foreach (var status in Enum.GetValues<ReferralStatus>())
        {
            foreach (var action in Enum.GetValues<ReferralAction>())
            {
                foreach (var side in Enum.GetValues<ReferralSide>())
                {
                    await App.WithDbAsync(db => db.Referrals.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status)));
                    var client = side == ReferralSide.Sender ? sender : recipient;
                    var response = await ActNowAsync(client, id, action.ToString().ToLowerInvariant());
                    var allowed = ReferralStateMachine.Next(status, action, side);
                    var stored = await App.WithDbAsync(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
                    var expectedCode = allowed is null ? HttpStatusCode.Conflict : HttpStatusCode.OK;
                    if (response.StatusCode != expectedCode || stored != (allowed ?? status))
                    {
                        failures.Add($"{status} {action} by {side}: {(int)response.StatusCode}, stored {stored}");
                    }

                    if (allowed is null)
                    {
                        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                        Assert.Equal(status.ToString(), problem.GetProperty("currentStatus").GetString());
                        Assert.Equal(JsonValueKind.Array, problem.GetProperty("allowedActions").ValueKind);
                    }
                }
            }
        }

        Assert.Empty(failures);
    }

    [Fact]
    public async Task Act_WithoutIfMatch_Returns428()
    {
        var (_, recipient, id) = await SendToShelterAsync();

        var response = await ActAsync(recipient, id, "acknowledge", null);

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
    }

    [Fact]
    public async Task Act_StaleVersion_Returns409WithCurrentStateAndKeepsFirst()
    {
        var (sender, recipient, id) = await SendToShelterAsync();
        var etag = await ETagAsync(recipient, id);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync(recipient, id, "acknowledge", etag)).StatusCode);

        var stale = await ActAsync(recipient, id, "decline", etag, new { reason = "Pas de place" });

        var problem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        var stored = await sender.GetFromJsonAsync<JsonElement>($"{Referrals}/{id}");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Acknowledged", problem.GetProperty("currentStatus").GetString());
        Assert.Equal(["Accept", "Decline"], problem.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()!).ToArray());
        Assert.Equal("Acknowledged", stored.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("declineReason").ValueKind);
    }

    [Fact]
    public async Task Accept_TwoAtOnceWithSameETag_OneSucceeds()
    {
        var (_, recipient, id) = await SendToShelterAsync();
        var other = await App.ApiClientAsync(TestAccounts.Manager);
        var etag = await ETagAsync(recipient, id);

        var responses = await Task.WhenAll(
            Task.Run(() => ActAsync(recipient, id, "accept", etag)),
            Task.Run(() => ActAsync(other, id, "accept", etag)));

        var history = await App.WithDbAsync(db => db.ReferralStatusChanges.CountAsync(c => c.ReferralId == id && c.To == ReferralStatus.Accepted));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(responses, r => r.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, history);
    }

    [Theory]
    [InlineData("decline", "reason")]
    [InlineData("complete", "outcome")]
    [InlineData("cancel", "reason")]
    public async Task Act_MissingText_Returns400AndChangesNothing(string action, string field)
    {
        var (sender, recipient, id) = await SendToShelterAsync();
        if (action == "complete")
        {
            Assert.Equal(HttpStatusCode.OK, (await ActNowAsync(recipient, id, "accept")).StatusCode);
        }

        var client = action == "cancel" ? sender : recipient;
        var before = await App.WithDbAsync(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());

        var response = await ActAsync(client, id, action, await ETagAsync(client, id), new { note = "  " });

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var after = await App.WithDbAsync(db => db.Referrals.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Act_UnknownReferral_Returns404()
    {
        var client = await App.ApiClientAsync(TestAccounts.Caseworker);

        var response = await ActAsync(client, Guid.NewGuid(), "accept", new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task List_Boxes_CountPerStatusAndAllIsForReviewers()
    {
        var (sender, recipient, id) = await SendToShelterAsync();
        await ActNowAsync(recipient, id, "acknowledge");

        var inbox = await recipient.GetFromJsonAsync<JsonElement>($"{Referrals}?box=inbox");
        var outbox = await sender.GetFromJsonAsync<JsonElement>($"{Referrals}?box=outbox&status=Acknowledged");
        var all = await sender.GetFromJsonAsync<JsonElement>($"{Referrals}?box=all&status=Sent");
        var forbidden = await recipient.GetAsync($"{Referrals}?box=all");
        var invalid = await recipient.GetAsync($"{Referrals}?box=attic");

        Assert.Equal(id, inbox.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(1, inbox.GetProperty("counts").GetProperty("Acknowledged").GetInt32());
        Assert.Single(outbox.GetProperty("items").EnumerateArray());
        Assert.Empty(all.GetProperty("items").EnumerateArray());
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task List_ManyReferrals_PagesWithCursor()
    {
        var sender = await App.ApiClientAsync(TestAccounts.Reviewer);
        var reportId = await CreateReportAsync(sender);
        var adult = await AddPersonAsync(sender, reportId, child: false);
        for (var i = 0; i < 5; i++)
        {
            await SendOkAsync(sender, reportId, "Security", null, "GR", (adult, false));
        }

        var first = await sender.GetFromJsonAsync<JsonElement>($"{Referrals}?box=outbox&limit=3");
        var second = await sender.GetFromJsonAsync<JsonElement>($"{Referrals}?box=outbox&limit=3&cursor={first.GetProperty("nextCursor").GetString()}");

        var ids = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("id").GetGuid());
        Assert.Equal(5, ids.Distinct().Count());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
        Assert.Equal(5, first.GetProperty("counts").GetProperty("Sent").GetInt32());
    }
}
