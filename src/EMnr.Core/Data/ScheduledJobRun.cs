namespace EMnr.Core.Data;

/// <summary>
/// One period of a scheduled job, claimed by the instance that runs it. The primary key on job and
/// period is what makes a job run once per period when several instances of the app share a database.
/// </summary>
public sealed class ScheduledJobRun
{
    public required string JobName { get; set; }

    public DateTimeOffset PeriodStart { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
