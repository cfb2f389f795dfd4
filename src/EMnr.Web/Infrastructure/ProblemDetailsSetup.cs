using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Infrastructure;

internal static class ProblemDetailsSetup
{
    public static IServiceCollection AddEMnrProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var traceId = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
            context.ProblemDetails.Extensions["traceId"] = traceId;
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
        });
        services.AddExceptionHandler<GlobalExceptionHandler>();
        return services;
    }
}

/// <summary>
/// Turns every unhandled exception into problem details. Clients never see exception messages;
/// the log contains the exception with the trace id.
/// </summary>
internal sealed partial class GlobalExceptionHandler(
    IProblemDetailsService problemDetailsService,
    ILogger<GlobalExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The middleware has already switched the path to /Error, so the original path decides the format.
        var originalPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? "";
        var (status, title) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "The request is malformed: check the JSON body, the parameter types and the content type."),
            Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException => (StatusCodes.Status400BadRequest, "The form's antiforgery token is missing or invalid. Reload the page and try again."),
            DbUpdateConcurrencyException => (StatusCodes.Status409Conflict,
                "The record was changed by someone else. Reload it and apply your change again."),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                (499, "The client closed the request."),
            _ => (StatusCodes.Status500InternalServerError, "An unexpected error occurred."),
        };

        if (status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, originalPath);
        }
        else
        {
            LogRejected(logger, exception.GetType().Name, status, httpContext.Request.Method, originalPath);
        }

        if (!PipelineSetup.IsApiPath(originalPath))
        {
            // Pages re-execute /Error, which shows a message and the trace id in the user's language.
            return false;
        }

        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title };
        return await problemDetailsService.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
        });
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information,
        Message = "Request rejected by {ExceptionType} with status {Status} on {Method} {Path}")]
    private static partial void LogRejected(ILogger logger, string exceptionType, int status, string method, string path);
}
