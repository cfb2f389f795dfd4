using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Core.Notifications;
using EMnr.Web.Features.Referrals;
using EMnr.Web.Infrastructure.Jobs;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Web.Tests.Referrals;

public sealed class ReferralDeadlineTests(EMnrApp app) : ReferralTestBase(app)
{
    private JobScheduler Scheduler => App.Services.GetRequiredService<JobScheduler>();

    /// <summary>A caseworker's (EN) security referral of an adult to the gendarmerie: 72 hours to acknowledge.</summary>
    private async Task<(HttpClient Sender, Guid Id, string Reference, DateTimeOffset Due)> SendStandardAsync()
    {
        var sender = await App.ApiClientAsync(TestAccounts.Caseworker);
        var reportId = await CreateReportAsync(sender);
        var adult = await AddPersonAsync(sender, reportId, child: false);
        var referral = await SendOkAsync(sender, reportId, "Security", null, "GR", (adult, false));
        return (sender, IdOf(referral), referral.GetProperty("reference").GetString()!,
            referral.GetProperty("clock").GetProperty("acknowledgeBy").GetDateTimeOffset());
    }

    [Fact]
    public async Task Job_PastDeadline_FlagsOnceAndNotifiesSenderAndCommission()
    {
        var (sender, id, reference, due) = await SendStandardAsync();

        // Runs at least five minutes apart fall in different periods, so each one runs.
        var before = await Scheduler.RunAsync(ReferralDeadlineJob.Name, due.AddMinutes(-6), CancellationToken.None);
        var flaggedBefore = await App.WithDbAsync(db => db.ReferralOverdueFlags.CountAsync());
        var after = new List<bool>();
        foreach (var minutes in new[] { 1, 6, 11 })
        {
            after.Add(await Scheduler.RunAsync(ReferralDeadlineJob.Name, due.AddMinutes(minutes), CancellationToken.None));
        }

        var flags = await App.WithDbAsync(db => db.ReferralOverdueFlags.Where(f => f.ReferralId == id).Select(f => f.FlaggedAt).ToListAsync());
        var notified = await App.WithDbAsync(db => db.Notifications
            .Where(n => n.Reference == reference && n.Kind == NotificationKinds.ReferralOverdue)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => u.Email)
            .ToListAsync());
        var referral = await sender.GetFromJsonAsync<JsonElement>($"{Referrals}/{id}");
        Assert.True(before);
        Assert.All(after, Assert.True);
        Assert.Equal(0, flaggedBefore);
        Assert.Equal([due.AddMinutes(1)], flags);
        Assert.Equal(1, notified.Count(e => e == TestAccounts.Caseworker));
        Assert.Equal(1, notified.Count(e => e == TestAccounts.Reviewer));
        Assert.Equal(due.AddMinutes(1), referral.GetProperty("clock").GetProperty("overdueFlaggedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Job_AcknowledgedInTime_IsNotFlagged()
    {
        var (_, id, _, due) = await SendStandardAsync();
        var gendarmerie = await App.InstitutionIdAsync("GR");
        await App.WithDbAsync(db => db.Referrals.Where(r => r.Id == id && r.ToInstitutionId == gendarmerie)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, Core.Referrals.ReferralStatus.Acknowledged)));

        await Scheduler.RunAsync(ReferralDeadlineJob.Name, due.AddHours(1), CancellationToken.None);

        Assert.Equal(0, await App.WithDbAsync(db => db.ReferralOverdueFlags.CountAsync()));
    }

    [Fact]
    public async Task Clock_PastDeadline_ShowsOverdueInListAndDetails()
    {
        var (sender, id, _, _) = await SendStandardAsync();
        await App.WithDbAsync(db => db.Referrals.Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AcknowledgeBy, DateTimeOffset.UtcNow.AddMinutes(-90))));

        var referral = await sender.GetFromJsonAsync<JsonElement>($"{Referrals}/{id}");
        var overdue = await sender.GetFromJsonAsync<JsonElement>($"{Referrals}?box=outbox&overdue=true");

        var clock = referral.GetProperty("clock");
        Assert.True(clock.GetProperty("overdue").GetBoolean());
        Assert.InRange(clock.GetProperty("minutesOverdue").GetInt64(), 89, 91);
        Assert.Equal(1, overdue.GetProperty("overdue").GetInt32());
        Assert.True(overdue.GetProperty("items")[0].GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Options_ConfiguredHours_SetDeadline()
    {
        using var factory = App.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Referrals:StandardAcknowledgeHours", "10");
            builder.UseSetting("Referrals:UrgentAcknowledgeHours", "2");
        });
        var client = factory.CreateClient();
        var token = await App.ApiClientAsync(TestAccounts.Caseworker);
        client.DefaultRequestHeaders.Authorization = token.DefaultRequestHeaders.Authorization;
        var reportId = await CreateReportAsync(client);
        var adult = await AddPersonAsync(client, reportId, child: false);
        var child = await AddPersonAsync(client, reportId, child: true);

        var standard = await SendOkAsync(client, reportId, "Security", null, "GR", (adult, false));
        var urgent = await SendOkAsync(client, reportId, "Security", null, "GR", (child, false));

        Assert.Equal(standard.GetProperty("sentAt").GetDateTimeOffset().AddHours(10), standard.GetProperty("clock").GetProperty("acknowledgeBy").GetDateTimeOffset());
        Assert.Equal(urgent.GetProperty("sentAt").GetDateTimeOffset().AddHours(2), urgent.GetProperty("clock").GetProperty("acknowledgeBy").GetDateTimeOffset());
    }

    [Fact]
    public void Options_ZeroHours_StopsStart()
    {
        using var factory = App.WithWebHostBuilder(builder => builder.UseSetting("Referrals:UrgentAcknowledgeHours", "0"));

        Assert.ThrowsAny<Microsoft.Extensions.Options.OptionsValidationException>(() => factory.CreateClient());
    }
}
