using System.Security.Claims;
using EMnr.Core.Communications;
using EMnr.Core.Institutions;
using EMnr.Core.Referrals;
using EMnr.Web.Features.Communications;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Referrals;

internal static class ReferralEndpoints
{
    public static void MapReferralEndpoints(this RouteGroupBuilder api)
    {
        var referrals = api.MapGroup(ApiRoutes.Referrals).WithTags("Referrals").RequireAuthorization(Permissions.ReferralsRead);
        referrals.MapGet("/", ListAsync)
            .WithSummary("Lists a box of referrals (inbox, outbox, or all for Commission reviewers), newest first, with counts per status.");
        referrals.MapGet("/recipients", RecipientsAsync)
            .WithSummary("Suggests active recipients that fit the kind and service and cover the province, or the report's province.");
        referrals.MapGet("/{id:guid}", GetAsync).WithSummary("Returns one referral with its clock and allowed actions; the version is in the ETag header.");
        referrals.MapGet("/{id:guid}/history", HistoryAsync).WithSummary("Lists a referral's status changes, oldest first.");
        referrals.MapPost("/", SendAsync).RequireAuthorization(Permissions.ReferralsWrite)
            .WithSummary("Sends a referral. Sharing an identity needs a legal basis per person; without one, send without identifying data.");
        foreach (var action in Enum.GetValues<ReferralAction>())
        {
            referrals.MapPost($"/{{id:guid}}/{action.ToString().ToLowerInvariant()}",
                    (Guid id, [FromBody] ReferralActionRequest? request, ClaimsPrincipal user, ReferralTransitions transitions,
                        ReferralQueries queries, HttpContext context, CancellationToken cancellationToken) =>
                        ActAsync(id, action, request, user, transitions, queries, context, cancellationToken))
                .RequireAuthorization(Permissions.ReferralsWrite)
                .WithName($"Referral{action}")
                .WithSummary($"{action} the referral. Requires If-Match with the ETag read; 428 without it, 409 when stale or not allowed now.");
        }
    }

    private static async Task<Results<Ok<ReferralPageResponse>, ValidationProblem, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, ReferralQueries queries, CancellationToken cancellationToken,
        string? box = null, string? status = null, bool overdue = false, string? kind = null, Guid? reportId = null,
        string? cursor = null, int? limit = null)
    {
        var errors = new Dictionary<string, string[]>();
        var boxValue = ReferralBox.Inbox;
        if (CommunicationDraftValidator.BeDefined<ReferralBox>(box))
        {
            boxValue = Enum.Parse<ReferralBox>(box!, ignoreCase: true);
        }
        else if (!string.IsNullOrEmpty(box))
        {
            errors[nameof(box)] = [$"Unknown box '{box}'. Valid values: inbox, outbox, all."];
        }

        if (boxValue == ReferralBox.All && !CaseScope.SeesAll(user))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Only Commission reviewers see all referrals. Use box=inbox or box=outbox.");
        }

        var statuses = new List<ReferralStatus>();
        foreach (var name in (status ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (CommunicationDraftValidator.BeDefined<ReferralStatus>(name))
            {
                statuses.Add(Enum.Parse<ReferralStatus>(name, ignoreCase: true));
            }
            else
            {
                errors[nameof(status)] = [$"Unknown status '{name}'. Valid values: {string.Join(", ", Enum.GetNames<ReferralStatus>())}."];
            }
        }

        ReferralKind? kindValue = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (CommunicationDraftValidator.BeDefined<ReferralKind>(kind))
            {
                kindValue = Enum.Parse<ReferralKind>(kind, ignoreCase: true);
            }
            else
            {
                errors[nameof(kind)] = [$"Unknown kind '{kind}'. Valid values: {string.Join(", ", Enum.GetNames<ReferralKind>())}."];
            }
        }

        var after = KeysetCursor.ParsePaging(cursor, limit, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The list filters are invalid.");
        }

        var filter = new ReferralFilter { Statuses = statuses, OverdueOnly = overdue, Kind = kindValue, ReportId = reportId };
        var page = await queries.ListAsync(user, boxValue, filter, after, limit ?? 50, cancellationToken);
        var (counts, overdueCount) = await queries.CountAsync(user, boxValue, cancellationToken);
        return TypedResults.Ok(new ReferralPageResponse(page.Items, page.NextCursor, counts, overdueCount));
    }

    private static async Task<Results<Ok<IReadOnlyList<RecipientSuggestion>>, ValidationProblem>> RecipientsAsync(
        ClaimsPrincipal user, ReferralQueries queries, CaseScope scope, CancellationToken cancellationToken,
        string? kind = null, string? service = null, string? province = null, Guid? reportId = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (!CommunicationDraftValidator.BeDefined<ReferralKind>(kind))
        {
            errors[nameof(kind)] = [$"Unknown kind '{kind}'. Valid values: {string.Join(", ", Enum.GetNames<ReferralKind>())}."];
        }

        ServiceKind? serviceValue = null;
        if (CommunicationDraftValidator.BeDefined<ServiceKind>(service))
        {
            serviceValue = Enum.Parse<ServiceKind>(service!, ignoreCase: true);
        }
        else if (!string.IsNullOrEmpty(service) || string.Equals(kind, nameof(ReferralKind.Service), StringComparison.OrdinalIgnoreCase))
        {
            errors[nameof(service)] = [$"Unknown service '{service}'. Valid values: {string.Join(", ", Enum.GetNames<ServiceKind>())}."];
        }

        if (!string.IsNullOrEmpty(province) && !Core.Text.TextRules.IsSubdivisionCode(province))
        {
            errors[nameof(province)] = ["The province is an ISO 3166-2 code such as MA-HAO."];
        }

        if (province is null && reportId is { } id)
        {
            province = await scope.Reports(user).Where(r => r.Id == id).Select(r => r.ProvinceCode).FirstOrDefaultAsync(cancellationToken);
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The recipient filters are invalid.");
        }

        var kindValue = Enum.Parse<ReferralKind>(kind!, ignoreCase: true);
        return TypedResults.Ok(await queries.SuggestRecipientsAsync(user, kindValue, serviceValue, province, cancellationToken));
    }

    private static async Task<Results<Ok<ReferralResponse>, NotFound<ProblemDetails>>> GetAsync(
        Guid id, ClaimsPrincipal user, ReferralQueries queries, HttpContext context, CancellationToken cancellationToken)
    {
        var referral = await queries.FindAsync(user, id, cancellationToken);
        if (referral is null)
        {
            return NotFound();
        }

        context.Response.Headers.ETag = ETags.Format(referral.Version);
        return TypedResults.Ok(await queries.DescribeAsync(referral, user, cancellationToken));
    }

    private static async Task<Results<Ok<IReadOnlyList<ReferralHistoryEntry>>, NotFound<ProblemDetails>>> HistoryAsync(
        Guid id, ClaimsPrincipal user, ReferralQueries queries, CancellationToken cancellationToken) =>
        await queries.Visible(user).AnyAsync(r => r.Id == id, cancellationToken)
            ? TypedResults.Ok(await queries.HistoryAsync(id, cancellationToken))
            : NotFound();

    private static async Task<Results<Created<ReferralResponse>, ValidationProblem>> SendAsync(
        ReferralRequest request, ClaimsPrincipal user, ReferralSender sender, ReferralQueries queries, HttpContext context,
        CancellationToken cancellationToken)
    {
        var outcome = await sender.SendAsync(request, user, cancellationToken);
        if (!outcome.Succeeded)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: "The referral cannot be sent.");
        }

        var referral = (await queries.FindAsync(user, outcome.Referral!.Id, cancellationToken))!;
        context.Response.Headers.ETag = ETags.Format(referral.Version);
        return TypedResults.Created($"{ApiRoutes.Prefix}/{ApiRoutes.Referrals}/{referral.Id}", await queries.DescribeAsync(referral, user, cancellationToken));
    }

    private static async Task<Results<Ok<ReferralResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> ActAsync(
        Guid id, ReferralAction action, ReferralActionRequest? request, ClaimsPrincipal user, ReferralTransitions transitions,
        ReferralQueries queries, HttpContext context, CancellationToken cancellationToken)
    {
        if (!await queries.Visible(user).AnyAsync(r => r.Id == id, cancellationToken))
        {
            return NotFound();
        }

        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(ifMatch))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required. Send the ETag of the version you read.");
        }

        if (!ETags.TryParse(ifMatch, out var expected))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "If-Match is not a valid entity tag.");
        }

        var outcome = await transitions.ApplyAsync(id, action, request ?? new ReferralActionRequest(), expected, user, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: $"The {action.ToString().ToLowerInvariant()} request is invalid.");
        }

        if (outcome.Conflict is { } conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: conflict, extensions: new Dictionary<string, object?>
            {
                ["currentStatus"] = outcome.CurrentStatus?.ToString(),
                ["allowedActions"] = outcome.AllowedActions.Select(a => a.ToString()).ToList(),
                ["currentVersion"] = outcome.CurrentVersion is { } v ? ReferralResponse.FormatVersion(v) : null,
            });
        }

        var referral = (await queries.FindAsync(user, id, cancellationToken))!;
        context.Response.Headers.ETag = ETags.Format(referral.Version);
        return TypedResults.Ok(await queries.DescribeAsync(referral, user, cancellationToken));
    }

    private static NotFound<ProblemDetails> NotFound() => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "No such referral, or your institution neither sent nor received it.",
    });
}
