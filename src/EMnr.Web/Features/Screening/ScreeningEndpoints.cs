using System.Security.Claims;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EMnr.Web.Features.Screening;

internal static class ScreeningEndpoints
{
    public static void MapScreeningEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet(ApiRoutes.IndicatorGuide, GetGuideAsync).WithTags("Screening")
            .WithSummary("Returns the current indicator guide, or the version named in ?version=, with its indicators.");
        api.MapGet($"{ApiRoutes.IndicatorGuide}/versions", async (IndicatorGuides guides, CancellationToken cancellationToken) =>
                TypedResults.Ok(await guides.VersionsAsync(cancellationToken)))
            .WithTags("Screening").WithSummary("Lists the published versions of the indicator guide, newest first.");
        api.MapPost($"{ApiRoutes.IndicatorGuide}/versions", PublishAsync).WithTags("Screening")
            .RequireAuthorization(Permissions.IdentificationDecide)
            .WithSummary("Publishes a new version of the guide (Commission reviewers). Earlier screenings keep their version.");
        api.MapPost($"{ApiRoutes.Reports}/{{reportId:guid}}/persons/{{personId:guid}}/screenings", ScreenAsync)
            .WithTags("Screening").RequireAuthorization(Permissions.CaseworkWrite)
            .WithSummary("Screens a person of a report: the platform computes a suggestion with reasons; the officer agrees or overrides.");
        api.MapPost($"{ApiRoutes.Persons}/{{personId:guid}}/decisions", DecideAsync)
            .WithTags("Screening").RequireAuthorization(Permissions.IdentificationDecide)
            .WithSummary("Records an identification decision. Commission reviewers only; send the person's ETag in If-Match.")
            .WithDescription("Returns 409 when another reviewer decided since the person was read, 428 without If-Match.");
    }

    private static async Task<Results<Ok<IndicatorGuideResponse>, NotFound<ProblemDetails>>> GetGuideAsync(
        IndicatorGuides guides, CancellationToken cancellationToken, string? list = null, string? version = null)
    {
        var guide = version is null ? await guides.CurrentAsync(cancellationToken) : await guides.FindAsync(version, cancellationToken);
        if (guide is null)
        {
            return NotFound($"No indicator guide version '{version}'.");
        }

        var indicators = guide.Indicators
            .Where(i => list is null || string.Equals(i.List.ToString(), list, StringComparison.OrdinalIgnoreCase))
            .Select(IndicatorResponse.From)
            .ToList();
        return TypedResults.Ok(new IndicatorGuideResponse(guide.Version, guide.PublishedOn, indicators));
    }

    private static async Task<Results<Created<IndicatorGuideResponse>, ValidationProblem>> PublishAsync(
        GuidePublishRequest request, ClaimsPrincipal user, IndicatorGuides guides, CancellationToken cancellationToken)
    {
        var errors = await guides.PublishAsync(request, user, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The guide version is invalid.");
        }

        var guide = (await guides.FindAsync(request.Version!.Trim(), cancellationToken))!;
        return TypedResults.Created($"{ApiRoutes.Prefix}/{ApiRoutes.IndicatorGuide}?version={Uri.EscapeDataString(guide.Version)}",
            new IndicatorGuideResponse(guide.Version, guide.PublishedOn, guide.Indicators.Select(IndicatorResponse.From).ToList()));
    }

    private static async Task<Results<Created<ScreeningResponse>, ValidationProblem, NotFound<ProblemDetails>>> ScreenAsync(
        Guid reportId, Guid personId, ScreeningRequest request, ClaimsPrincipal user, CaseAssessment assessment,
        CancellationToken cancellationToken)
    {
        var outcome = await assessment.ScreenAsync(reportId, personId, request, user, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound("No such person in this report, or the report is outside your institution's cases.");
        }

        if (outcome.Value is null)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: "The screening is invalid.");
        }

        var (record, suggestion) = (outcome.Value.Record, outcome.Value.Suggestion);
        var response = new ScreeningResponse(
            record.Id, record.ReportId, record.PersonId, record.GuideVersion, record.List.ToString(), record.IsChildAtTimeOfFacts,
            record.SuggestedOutcome.ToString(), record.AgreesWithSuggestion, record.ConcludedOutcome.ToString(), record.OverrideReason,
            suggestion.Dimensions.Select(d => new DimensionResponse(d.Dimension.ToString(), d.IsPresent, d.Strong, d.Medium, d.Weak)).ToList(),
            suggestion.RenderReasons("en"),
            record.ScreenedAt);
        return TypedResults.Created($"{ApiRoutes.Prefix}/{ApiRoutes.Reports}/{reportId}/persons/{personId}/screenings/{record.Id}", response);
    }

    private static async Task<Results<Created<DecisionResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> DecideAsync(
        Guid personId, DecisionRequest request, ClaimsPrincipal user, CaseAssessment assessment, HttpContext context,
        CancellationToken cancellationToken)
    {
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(ifMatch))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required. Send the ETag of the person you read (GET /api/v1/persons/{id}).");
        }

        if (!ETags.TryParse(ifMatch, out var expected))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "If-Match is not a valid entity tag.");
        }

        var outcome = await assessment.DecideAsync(personId, request, expected, user, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound("No such person, or the person is outside your institution's cases.");
        }

        if (outcome.Conflict is { } conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: conflict);
        }

        if (outcome.Value is not { } d)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: "The decision is invalid.");
        }

        return TypedResults.Created($"{ApiRoutes.Prefix}/{ApiRoutes.Persons}/{personId}/decisions/{d.Id}",
            new DecisionResponse(d.Id, d.PersonId, d.ReportId, d.ScreeningId, d.Outcome.ToString(), d.Reason, d.DecidedBy, d.DecidedAt));
    }

    private static NotFound<ProblemDetails> NotFound(string title) =>
        TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = title });
}
