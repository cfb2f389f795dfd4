using EMnr.Core.Crises;
using EMnr.Core.Data;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Crises;

/// <summary>A crisis and its reporting window (local days, both included).</summary>
public sealed record CrisisResponse(
    Guid Id, string Code, string NameFr, string NameAr, string NameEn, DateOnly EventDate,
    DateOnly WindowStart, DateOnly WindowEnd, IReadOnlyList<string> ProvinceCodes, bool IsActive)
{
    public static CrisisResponse From(Crisis c) => new(
        c.Id, c.Code, c.NameFr, c.NameAr, c.NameEn, c.EventDate, c.WindowStart, c.WindowEnd, c.ProvinceCodes, c.IsActive);
}

internal static class CrisisEndpoints
{
    public static void MapCrisisEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(ApiRoutes.Crises).WithTags("Crises");
        group.MapGet("/", ListAsync).WithSummary("Lists crises, most recent first.");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("Returns one crisis.");
        group.MapGet("/{id:guid}/figures", FiguresAsync).RequireAuthorization(Permissions.CrisisFiguresRead)
            .WithSummary("Computes a crisis's figures from its communications in the reporting window.")
            .WithDescription("Counts between 1 and 4 are withheld: count is null and suppressed is true.");
    }

    private static async Task<Ok<List<CrisisResponse>>> ListAsync(EMnrDbContext db, CancellationToken cancellationToken)
    {
        var crises = await db.Crises.AsNoTracking().OrderByDescending(c => c.EventDate).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok(crises.Select(CrisisResponse.From).ToList());
    }

    private static async Task<Results<Ok<CrisisResponse>, NotFound<ProblemDetails>>> GetAsync(
        Guid id, EMnrDbContext db, CancellationToken cancellationToken)
    {
        var crisis = await db.Crises.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return crisis is null ? NotFound() : TypedResults.Ok(CrisisResponse.From(crisis));
    }

    private static async Task<Results<Ok<CrisisFiguresResponse>, NotFound<ProblemDetails>>> FiguresAsync(
        Guid id, EMnrDbContext db, CrisisFigureQueries figures, CancellationToken cancellationToken)
    {
        var crisis = await db.Crises.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return crisis is null ? NotFound() : TypedResults.Ok(await figures.ComputeAsync(crisis, cancellationToken));
    }

    private static NotFound<ProblemDetails> NotFound() =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "No such crisis." });
}
