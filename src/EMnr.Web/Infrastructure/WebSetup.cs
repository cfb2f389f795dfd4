using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using EMnr.Core.Communications;
using EMnr.Core.Time;
using FluentValidation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace EMnr.Web.Infrastructure;

internal static class WebSetup
{
    public static IServiceCollection AddEMnrWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                options.Conventions.AllowAnonymousToPage("/Account/Login");
                options.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
                options.Conventions.AllowAnonymousToPage("/Account/LoginWith2fa");
                options.Conventions.AllowAnonymousToPage("/Account/AcceptInvitation");
                options.Conventions.AllowAnonymousToPage("/Error");
                options.Conventions.AllowAnonymousToPage("/Status");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(options =>
                options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "emnr.af";
            options.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            options.SerializerOptions.Converters.Add(new StrictDateTimeOffsetConverter());
        });

        services.Configure<FormOptions>(options => options.MultipartBodyLengthLimit = 25 * 1024 * 1024);
        services.Configure<ApiBehaviorOptions>(options => options.SuppressMapClientErrors = false);

        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "E-MNR API";
            document.Info.Description =
                "REST API of E-MNR, Morocco's electronic national referral mechanism against trafficking " +
                "in human beings. Obtain a bearer token from POST /api/v1/auth/login.";
            return Task.CompletedTask;
        }));

        // Arabic and accented French are written as they are, not as HTML entities.
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddEMnrProblemDetails();
        services.AddSingleton<IClock, SystemClock>();
        services.AddValidatorsFromAssemblyContaining<CommunicationDraftValidator>(ServiceLifetime.Singleton);
        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton);
        return services;
    }
}
