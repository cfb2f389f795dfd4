using EMnr.Core.Time;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Infrastructure.Jobs;

/// <summary>Polls every registered job; the scheduler decides which instance runs each period.</summary>
public sealed partial class ScheduledJobService(
    JobScheduler scheduler,
    IClock clock,
    IOptions<JobOptions> options,
    ILogger<ScheduledJobService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds));
        do
        {
            foreach (var job in scheduler.Jobs)
            {
                try
                {
                    await scheduler.RunAsync(job.Name, clock.UtcNow, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception exception)
                {
                    // The claim was rolled back with the job's work: the next poll tries the period again.
                    LogJobFailed(logger, job.Name, exception.GetType().Name);
                }
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Scheduled job {JobName} failed with {ErrorType}; it runs again at the next poll")]
    private static partial void LogJobFailed(ILogger logger, string jobName, string errorType);
}
