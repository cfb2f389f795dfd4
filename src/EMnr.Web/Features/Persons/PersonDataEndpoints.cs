using System.Security.Claims;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EMnr.Web.Features.Persons;

/// <summary>Requests about one person's data under Law 09-08: export and correction.</summary>
internal static class PersonDataEndpoints
{
    public static void MapPersonDataEndpoints(this RouteGroupBuilder api)
    {
        var persons = api.MapGroup(ApiRoutes.Persons).WithTags("Persons");
        persons.MapGet("/{id:guid}/export", ExportAsync).RequireAuthorization(Permissions.PersonalDataRequests)
            .WithSummary("Exports everything held about a person as JSON or CSV (format=json|csv). Audited as an identity read.");
        persons.MapPost("/{id:guid}/corrections", CorrectAsync).RequireAuthorization(Permissions.PersonalDataRequests)
            .WithSummary("Corrects identity fields with a reason. The previous values are kept in the correction history.");
        persons.MapGet("/{id:guid}/corrections", HistoryAsync).RequireAuthorization(Permissions.PersonCorrectionsRead)
            .WithSummary("Lists a person's corrections with previous values, newest first (Commission reviewers only).");
    }

    private static async Task<Results<Ok<PersonExport>, FileContentHttpResult, ValidationProblem, NotFound<ProblemDetails>>> ExportAsync(
        Guid id, ClaimsPrincipal user, PersonDataExport exporter, CancellationToken cancellationToken, string? format = null)
    {
        var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = [$"Unknown format '{format}'. Use json or csv."] },
                title: "The export request is invalid.");
        }

        var export = await exporter.ExportAsync(id, user, cancellationToken);
        if (export is null)
        {
            return NotFound();
        }

        return csv
            ? TypedResults.File(PersonDataExport.ToCsv(export), "text/csv; charset=utf-8", $"{export.Identity.Code}.csv")
            : TypedResults.Ok(export);
    }

    private static async Task<Results<Created<CorrectionResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> CorrectAsync(
        Guid id, CorrectionRequest request, ClaimsPrincipal user, PersonCorrections corrections, CancellationToken cancellationToken)
    {
        var outcome = await corrections.CorrectAsync(id, request, user, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Conflict is { } conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: conflict);
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(outcome.Errors, title: "The correction is invalid.");
        }

        return TypedResults.Created($"{ApiRoutes.Prefix}/{ApiRoutes.Persons}/{id}/corrections", CorrectionResponse.From(outcome.Correction!));
    }

    private static async Task<Results<Ok<List<CorrectionResponse>>, NotFound<ProblemDetails>>> HistoryAsync(
        Guid id, ClaimsPrincipal user, PersonCorrections corrections, CancellationToken cancellationToken)
    {
        var history = await corrections.HistoryAsync(id, user, cancellationToken);
        return history is null ? NotFound() : TypedResults.Ok(history.Select(CorrectionResponse.From).ToList());
    }

    private static NotFound<ProblemDetails> NotFound() => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "No such person, or the person is outside your institution's cases.",
    });
}
