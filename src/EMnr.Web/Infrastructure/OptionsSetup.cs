using Microsoft.Extensions.Options;

namespace EMnr.Web.Infrastructure;

internal static class OptionsSetup
{
    public static IServiceCollection AddEMnrOptions(this IServiceCollection services)
    {
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DemoOptions>, DemoOptionsValidator>();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateOnStart();
        services.AddOptions<CommunicationOptions>().BindConfiguration(CommunicationOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CaseworkOptions>().BindConfiguration(CaseworkOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<Features.Referrals.ReferralOptions>().BindConfiguration(Features.Referrals.ReferralOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}

/// <summary>Stops the app at start when demo data is switched on in Production.</summary>
internal sealed class DemoOptionsValidator(IHostEnvironment environment) : IValidateOptions<DemoOptions>
{
    public ValidateOptionsResult Validate(string? name, DemoOptions options)
    {
        if (options.Enabled && environment.IsProduction())
        {
            return ValidateOptionsResult.Fail(
                "Demo:Enabled is true in Production. Demo accounts and invented data must never reach a " +
                "production database: set Demo__Enabled=false or run with ASPNETCORE_ENVIRONMENT=Development.");
        }

        if (options.Password is { Length: > 0 and < 12 })
        {
            return ValidateOptionsResult.Fail("Demo:Password must be at least 12 characters long.");
        }

        return ValidateOptionsResult.Success;
    }
}
