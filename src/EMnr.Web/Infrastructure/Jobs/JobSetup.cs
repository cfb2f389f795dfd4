using System.ComponentModel.DataAnnotations;
using EMnr.Web.Infrastructure.Email;

namespace EMnr.Web.Infrastructure.Jobs;

/// <summary>Background work: the scheduled-job poller and the e-mail queue.</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>Runs the poller in this instance. Tests switch it off and run jobs themselves.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between two polls. A job runs at most once per its own period, whatever the poll.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 15;
}

internal static class JobSetup
{
    public static IServiceCollection AddEMnrJobs(this IServiceCollection services)
    {
        services.AddOptions<JobOptions>().BindConfiguration(JobOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<JobScheduler>();
        services.AddHostedService<ScheduledJobService>();

        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SmtpEmailTransport>();
        services.AddSingleton<PickupFolderEmailTransport>();
        services.AddSingleton<IEmailTransport>(provider =>
            provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<EmailOptions>>().Value.Delivery == EmailDelivery.Smtp
                ? provider.GetRequiredService<SmtpEmailTransport>()
                : provider.GetRequiredService<PickupFolderEmailTransport>());
        services.AddScoped<EmailOutbox>();
        services.AddScheduledJob<EmailSendingJob>(EmailSendingJob.Name, TimeSpan.FromSeconds(30));
        return services;
    }
}
