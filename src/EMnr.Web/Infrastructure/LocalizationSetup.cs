using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace EMnr.Web.Infrastructure;

internal static class LocalizationSetup
{
    public static readonly string[] Cultures = ["fr", "ar", "en"];

    public static IServiceCollection AddEMnrLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Cultures.Select(c => new CultureInfo(c)).ToList();
            options.DefaultRequestCulture = new RequestCulture("fr");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;

            // The user's choice is remembered in a cookie. The browser's language is ignored, so that
            // a shared hotline workstation always opens in the language last chosen on it.
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
            ];
        });
        return services;
    }

    public static bool IsRightToLeft() => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;
}
