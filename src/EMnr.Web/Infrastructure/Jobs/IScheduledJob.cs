namespace EMnr.Web.Infrastructure.Jobs;

/// <summary>
/// Work that runs once per period across every instance of the app. The scheduler calls it inside
/// a transaction on the scope's <see cref="Core.Data.EMnrDbContext"/>: what the job saves is
/// committed together with the claim of the period, or not at all.
/// </summary>
public interface IScheduledJob
{
    Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>A job known to the scheduler: its stable name, how often it runs, and its class.</summary>
public sealed record ScheduledJobRegistration(string Name, TimeSpan Period, Type JobType);

public static class ScheduledJobRegistrationExtensions
{
    /// <summary>Registers a job that runs once every <paramref name="period"/>, periods counted from the Unix epoch in UTC.</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services, string name, TimeSpan period)
        where TJob : class, IScheduledJob
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, TimeSpan.FromSeconds(1));
        services.AddScoped<TJob>();
        services.AddSingleton(new ScheduledJobRegistration(name, period, typeof(TJob)));
        return services;
    }
}
