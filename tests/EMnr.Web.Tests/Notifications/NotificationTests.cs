using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Core.Data;
using EMnr.Core.Notifications;
using EMnr.Web.Features;
using EMnr.Web.Features.Notifications;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Web.Tests.Notifications;

public sealed class NotificationTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Notifications = $"{ApiRoutes.Prefix}/{ApiRoutes.Notifications}";

    private async Task NotifyEntraideAsync(string reference)
    {
        var institutionId = await App.InstitutionIdAsync("EN");
        await using var scope = App.Services.CreateAsyncScope();
        var notifier = scope.ServiceProvider.GetRequiredService<Notifier>();
        await notifier.NotifyInstitutionAsync(institutionId, NotificationKinds.ReferralReceived, reference, "/Reports", CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<EMnrDbContext>().SaveChangesAsync();
    }

    [Fact]
    public async Task InstitutionNotice_ReachesOwnAccountsOnly()
    {
        await NotifyEntraideAsync("ORI-2026-00001");
        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);
        var other = await App.ApiClientAsync(TestAccounts.OtherCaseworker);

        var mine = await caseworker.GetFromJsonAsync<JsonElement>(Notifications);
        var theirs = await other.GetFromJsonAsync<JsonElement>(Notifications);
        var emails = await App.WithDbAsync(db => db.OutgoingEmails.Where(e => e.Body.Contains("ORI-2026-00001")).ToListAsync());

        Assert.Equal(1, mine.GetProperty("unread").GetInt32());
        Assert.Equal("ORI-2026-00001", mine.GetProperty("items")[0].GetProperty("reference").GetString());
        Assert.Equal(0, theirs.GetProperty("items").GetArrayLength());
        Assert.Contains(emails, e => e.To == TestAccounts.Caseworker);
        Assert.DoesNotContain(emails, e => e.To == TestAccounts.OtherCaseworker);
        Assert.All(emails, e => Assert.Contains("ORI-2026-00001", e.Subject, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MarkRead_OtherUsersNotice_NotFound()
    {
        await NotifyEntraideAsync("ORI-2026-00002");
        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);
        var other = await App.ApiClientAsync(TestAccounts.OtherCaseworker);
        var id = (await caseworker.GetFromJsonAsync<JsonElement>(Notifications)).GetProperty("items")[0].GetProperty("id").GetString();

        var foreign = await other.PostAsync($"{Notifications}/{id}/read", null);
        var own = await caseworker.PostAsync($"{Notifications}/{id}/read", null);
        var after = await caseworker.GetFromJsonAsync<JsonElement>($"{Notifications}?unread=true");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, own.StatusCode);
        Assert.Equal(0, after.GetProperty("unread").GetInt32());
        Assert.Equal(0, after.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task List_PagesByCursor()
    {
        for (var i = 0; i < 3; i++)
        {
            await NotifyEntraideAsync($"ORI-2026-0001{i}");
        }

        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);
        var first = await caseworker.GetFromJsonAsync<JsonElement>($"{Notifications}?limit=2");
        var second = await caseworker.GetFromJsonAsync<JsonElement>($"{Notifications}?limit=2&cursor={first.GetProperty("nextCursor").GetString()}");
        var bad = await caseworker.GetAsync($"{Notifications}?cursor=not-a-cursor&limit=0");

        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, second.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
