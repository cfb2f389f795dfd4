using System.Security.Claims;
using EMnr.Core.Time;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EMnr.Web.Features.Persons;

internal static class ConsentEndpoints
{
    public static void MapConsentEndpoints(this RouteGroupBuilder api)
    {
        var consents = api.MapGroup($"{ApiRoutes.Persons}/{{id:guid}}/consents").WithTags("Consent").RequireAuthorization(Permissions.CaseworkRead);
        consents.MapGet("/", ListAsync).WithSummary("Lists a person's consent ledger, most recent first, with whether each consent is in force now.");
        consents.MapPost("/", RecordAsync).RequireAuthorization(Permissions.CaseworkWrite)
            .WithSummary("Records a consent to share the person's identity with one institution or type of institution, for one service.");
        consents.MapPost("/{consentId:guid}/withdraw", WithdrawAsync).RequireAuthorization(Permissions.CaseworkWrite)
            .WithSummary("Records the withdrawal of a consent. It stops further sharing; past referrals stay as they were.");
    }

    private static async Task<Results<Ok<ConsentPageResponse>, ValidationProblem, NotFound<ProblemDetails>>> ListAsync(
        Guid id, ClaimsPrincipal user, ConsentWriter writer, CancellationToken cancellationToken, string? cursor = null, int? limit = null)
    {
        var errors = new Dictionary<string, string[]>();
        var page = await writer.ListAsync(id, user, cursor, limit, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The list parameters are invalid.");
        }

        return page is null ? NotFound() : TypedResults.Ok(page);
    }

    private static async Task<Results<Created<ConsentResponse>, ValidationProblem, NotFound<ProblemDetails>>> RecordAsync(
        Guid id, ConsentRequest request, ClaimsPrincipal user, ConsentWriter writer, IClock clock, CancellationToken cancellationToken)
    {
        var outcome = await writer.RecordAsync(id, request, user, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Consent is null)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: "The consent cannot be recorded.");
        }

        return TypedResults.Created($"{ApiRoutes.Prefix}/{ApiRoutes.Persons}/{id}/consents/{outcome.Consent.Id}", ConsentResponse.From(outcome.Consent, clock.UtcNow));
    }

    private static async Task<Results<Ok<ConsentResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> WithdrawAsync(
        Guid id, Guid consentId, ConsentWithdrawalRequest? request, ClaimsPrincipal user, ConsentWriter writer, IClock clock, CancellationToken cancellationToken)
    {
        var outcome = await writer.WithdrawAsync(id, consentId, request ?? new ConsentWithdrawalRequest(), user, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Conflict is { } conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: conflict);
        }

        if (outcome.Consent is null)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: "The withdrawal cannot be recorded.");
        }

        return TypedResults.Ok(ConsentResponse.From(outcome.Consent, clock.UtcNow));
    }

    private static NotFound<ProblemDetails> NotFound() => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "No such person or consent, or it is outside your institution's cases.",
    });
}
