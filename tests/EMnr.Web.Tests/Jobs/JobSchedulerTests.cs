using EMnr.Web.Infrastructure.Email;
using EMnr.Web.Infrastructure.Jobs;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Web.Tests.Jobs;

public sealed class JobSchedulerTests(EMnrApp app) : IntegrationTest(app)
{
    private JobScheduler Scheduler => App.Services.GetRequiredService<JobScheduler>();

    [Fact]
    public async Task Period_RunsOnce()
    {
        var now = new DateTimeOffset(2026, 3, 1, 10, 0, 5, TimeSpan.Zero);

        var first = await Scheduler.RunAsync(EmailSendingJob.Name, now, CancellationToken.None);
        var samePeriod = await Scheduler.RunAsync(EmailSendingJob.Name, now.AddSeconds(20), CancellationToken.None);
        var nextPeriod = await Scheduler.RunAsync(EmailSendingJob.Name, now.AddSeconds(30), CancellationToken.None);

        Assert.True(first);
        Assert.False(samePeriod);
        Assert.True(nextPeriod);
    }

    [Fact]
    public async Task RacingInstances_RunPeriodOnce()
    {
        var now = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

        // Each call takes its own scope and connection, like instances behind a load balancer.
        var results = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(_ => Task.Run(() => Scheduler.RunAsync(EmailSendingJob.Name, now, CancellationToken.None))));
        var claims = await App.WithDbAsync(db => db.ScheduledJobRuns.CountAsync(r => r.JobName == EmailSendingJob.Name));

        Assert.Equal(1, results.Count(r => r));
        Assert.Equal(1, claims);
    }

    [Fact]
    public async Task QueuedEmail_SentOnce()
    {
        var now = new DateTimeOffset(2026, 3, 3, 10, 0, 0, TimeSpan.Zero);
        var subject = $"Orientation EMNR-TEST-{Guid.NewGuid():N}";
        await App.WithDbAsync(async db =>
        {
            db.OutgoingEmails.Add(new Core.Messaging.OutgoingEmail
            {
                Id = Guid.CreateVersion7(),
                To = "focal-point@emnr.test",
                Subject = subject,
                Body = "Une orientation attend.",
                CreatedAt = now,
            });
            return await db.SaveChangesAsync();
        });

        await Scheduler.RunAsync(EmailSendingJob.Name, now, CancellationToken.None);
        await Scheduler.RunAsync(EmailSendingJob.Name, now.AddMinutes(1), CancellationToken.None);
        var files = Directory.Exists(App.MailFolder)
            ? Directory.GetFiles(App.MailFolder, "*.eml").Where(f => File.ReadAllText(f).Contains(subject, StringComparison.Ordinal)).ToList()
            : [];
        var sentAt = await App.WithDbAsync(db => db.OutgoingEmails.Where(e => e.Subject == subject).Select(e => e.SentAt).SingleAsync());

        Assert.Single(files);
        Assert.Equal(now, sentAt);
    }

    [Theory]
    [InlineData("2026-03-01T10:00:29Z", 30, "2026-03-01T10:00:00Z")]
    [InlineData("2026-03-01T10:00:30Z", 30, "2026-03-01T10:00:30Z")]
    [InlineData("2026-03-01T23:59:59+01:00", 86400, "2026-03-01T00:00:00Z")]
    public void PeriodStart_CountsFromEpoch(string now, int periodSeconds, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            JobScheduler.PeriodStart(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromSeconds(periodSeconds)));
}
