using System.Security.Cryptography;
using System.Text;
using EMnr.Core.Data;
using EMnr.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Infrastructure.Jobs;

/// <summary>
/// Runs a scheduled job for the period that contains a given instant, at most once per period
/// across every instance that shares the database. An instance first takes a transaction-level
/// advisory lock on the job (so two instances never run it at the same time, and neither waits),
/// then inserts the period's row; the primary key refuses a period that already ran. A crash or an
/// error rolls back the claim with the job's work, so the next poll runs the period again.
/// </summary>
public sealed partial class JobScheduler(
    IServiceScopeFactory scopeFactory,
    IEnumerable<ScheduledJobRegistration> registrations,
    IClock clock,
    ILogger<JobScheduler> logger)
{
    public IReadOnlyList<ScheduledJobRegistration> Jobs { get; } = [.. registrations];

    /// <summary>Start of the period of <paramref name="period"/> that contains <paramref name="now"/>.</summary>
    public static DateTimeOffset PeriodStart(DateTimeOffset now, TimeSpan period)
    {
        var ticks = now.UtcTicks - (now.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) % period.Ticks;
        return new DateTimeOffset(ticks, TimeSpan.Zero);
    }

    /// <summary>
    /// Runs the named job for the period that contains <paramref name="now"/>. Returns false when
    /// that period already ran or another instance is running the job now.
    /// </summary>
    public async Task<bool> RunAsync(string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var registration = Jobs.SingleOrDefault(j => j.Name == name)
            ?? throw new ArgumentException($"No scheduled job is named '{name}'.", nameof(name));
        var periodStart = PeriodStart(now, registration.Period);

        await using var scope = scopeFactory.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EMnrDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var lockKey = LockKey(name);
        var locked = await db.Database
            .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({lockKey}) AS \"Value\"")
            .SingleAsync(cancellationToken);
        if (!locked)
        {
            return false;
        }

        var claimed = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO scheduled_job_runs (job_name, period_start, started_at) VALUES ({name}, {periodStart}, {clock.UtcNow}) ON CONFLICT DO NOTHING",
            cancellationToken);
        if (claimed == 0)
        {
            return false;
        }

        var job = (IScheduledJob)scope.ServiceProvider.GetRequiredService(registration.JobType);
        await job.RunAsync(now, cancellationToken);

        await db.Database.ExecuteSqlAsync(
            $"UPDATE scheduled_job_runs SET completed_at = {clock.UtcNow} WHERE job_name = {name} AND period_start = {periodStart}",
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogJobRan(logger, name, periodStart);
        return true;
    }

    /// <summary>A stable 64-bit advisory lock key per job name, the same in every instance.</summary>
    private static long LockKey(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("emnr-job:" + name)), 0);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Scheduled job {JobName} ran for the period starting {PeriodStart}")]
    private static partial void LogJobRan(ILogger logger, string jobName, DateTimeOffset periodStart);
}
