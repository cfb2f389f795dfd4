using System.Security.Claims;
using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Text;
using EMnr.Core.Time;
using EMnr.Web.Features.Authorization;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Features.Communications;

internal static class CommunicationEndpoints
{
    public static void MapCommunicationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(ApiRoutes.Communications).WithTags("Communications");

        group.MapGet("/", ListAsync).RequireAuthorization(Permissions.CommunicationsRead)
            .WithSummary("Lists communications, newest first, one page at a time.")
            .WithDescription("Dates are local days in Africa/Casablanca, both ends included. " +
                "Pass nextCursor from the previous page as cursor to read the next one. " +
                "total counts matching communications up to a limit (10,000 by default). When more match, " +
                "total is that limit and totalIsExact is false.");
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(Permissions.CommunicationsRead)
            .WithSummary("Returns one communication, with its version in the ETag header.");
        group.MapGet("/{id:guid}/revisions", RevisionsAsync).RequireAuthorization(Permissions.CommunicationsRead)
            .WithSummary("Returns the corrections of one communication, newest first.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Permissions.CommunicationsWrite)
            .WithSummary("Records a communication.");
        group.MapPut("/{id:guid}", CorrectAsync).RequireAuthorization(Permissions.CommunicationsWrite)
            .WithSummary("Corrects a communication. Send the ETag you read in If-Match.")
            .WithDescription("Returns 409 when someone changed the communication since you read it, " +
                "and 428 when If-Match is missing.");
    }

    private static async Task<Results<Ok<CommunicationPageResponse>, ProblemHttpResult, ValidationProblem>> ListAsync(
        ClaimsPrincipal user,
        CommunicationQueries queries,
        IOptions<CommunicationOptions> options,
        CancellationToken cancellationToken,
        string? from = null,
        string? to = null,
        string? channel = null,
        string? category = null,
        Guid? crisisId = null,
        string? province = null,
        string? q = null,
        bool reportsToOpen = false,
        string? cursor = null,
        int? limit = null)
    {
        var errors = new Dictionary<string, string[]>();
        var fromDate = ParseDate(from, nameof(from), errors);
        var toDate = ParseDate(to, nameof(to), errors);
        if (fromDate is { } f && toDate is { } t && t < f)
        {
            errors[nameof(to)] = ["The end date is before the start date."];
        }

        var channelValue = ParseEnum<Channel>(channel, nameof(channel), errors);
        var categoryValue = ParseEnum<CommunicationCategory>(category, nameof(category), errors);
        var after = KeysetCursor.ParsePaging(cursor, limit, errors);

        if (!string.IsNullOrEmpty(province) && !TextRules.IsSubdivisionCode(province))
        {
            errors[nameof(province)] = ["The province must be an ISO 3166-2 code such as MA-HAO."];
        }

        if (q is { Length: > 200 })
        {
            errors[nameof(q)] = ["The search text is limited to 200 characters."];
        }
        else if (!CommunicationQueries.IsSearchable(q))
        {
            errors[nameof(q)] = ["Search for at least 3 letters."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The list filters are invalid.");
        }

        var filter = new CommunicationFilter
        {
            From = fromDate,
            To = toDate,
            Channel = channelValue,
            Category = categoryValue,
            CrisisId = crisisId,
            ProvinceCode = province,
            Text = q,
            ReportsToOpen = reportsToOpen,
        };
        var page = await queries.ListAsync(user, filter, after, limit ?? options.Value.PageSize, cancellationToken);
        return TypedResults.Ok(new CommunicationPageResponse(
            page.Items.Select(CommunicationResponse.From).ToList(), page.NextCursor, page.Total, page.TotalIsExact));
    }

    private static async Task<Results<Ok<CommunicationResponse>, NotFound<ProblemDetails>>> GetAsync(
        Guid id, ClaimsPrincipal user, RecordAccess access, HttpContext context, CancellationToken cancellationToken)
    {
        var communication = await access.FindAsync<Communication>(user, id, CaseOperations.Read, cancellationToken);
        if (communication is null)
        {
            return NotFoundProblem();
        }

        context.Response.Headers.ETag = ETags.Format(communication.Version);
        return TypedResults.Ok(CommunicationResponse.From(communication));
    }

    private static async Task<Results<Ok<List<RevisionResponse>>, NotFound<ProblemDetails>>> RevisionsAsync(
        Guid id, ClaimsPrincipal user, RecordAccess access, CommunicationQueries queries, CancellationToken cancellationToken)
    {
        if (await access.FindAsync<Communication>(user, id, CaseOperations.Read, cancellationToken) is null)
        {
            return NotFoundProblem();
        }

        var revisions = await queries.RevisionsAsync(id, cancellationToken);
        return TypedResults.Ok(revisions.Select(r => new RevisionResponse(r.ChangedAt, r.ChangedBy, r.Changes)).ToList());
    }

    private static async Task<Results<Created<CommunicationResponse>, ValidationProblem>> CreateAsync(
        CommunicationRequest request, ClaimsPrincipal user, CommunicationWriter writer, HttpContext context,
        CancellationToken cancellationToken)
    {
        var outcome = await writer.CreateAsync(request.ToDraft(), user, cancellationToken);
        if (!outcome.Succeeded)
        {
            return TypedResults.ValidationProblem(CamelCase(outcome.Errors), title: "The communication is invalid.");
        }

        context.Response.Headers.ETag = ETags.Format(outcome.Communication!.Version);
        return TypedResults.Created(
            $"/api/v1/{ApiRoutes.Communications}/{outcome.Communication.Id}",
            CommunicationResponse.From(outcome.Communication));
    }

    private static async Task<Results<Ok<CommunicationResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> CorrectAsync(
        Guid id, CommunicationRequest request, ClaimsPrincipal user, RecordAccess access, CommunicationWriter writer,
        EMnrDbContext db, HttpContext context, CancellationToken cancellationToken)
    {
        if (await access.FindAsync<Communication>(user, id, CaseOperations.Write, cancellationToken) is null)
        {
            return NotFoundProblem();
        }

        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(ifMatch))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required. Send the ETag of the version you corrected.");
        }

        if (!ETags.TryParse(ifMatch, out var expected))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: "If-Match is not a valid entity tag.");
        }

        var tracked = await db.Communications.FirstAsync(c => c.Id == id, cancellationToken);
        var outcome = await writer.CorrectAsync(tracked, request.ToDraft(), expected, user, cancellationToken);
        if (outcome.Conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "The communication was changed by someone else since you read it. Read it again and reapply your correction.");
        }

        if (!outcome.Succeeded)
        {
            return TypedResults.ValidationProblem(CamelCase(outcome.Errors), title: "The correction is invalid.");
        }

        context.Response.Headers.ETag = ETags.Format(outcome.Communication!.Version);
        return TypedResults.Ok(CommunicationResponse.From(outcome.Communication));
    }

    internal static NotFound<ProblemDetails> NotFoundProblem() =>
        TypedResults.NotFound(new ProblemDetails
        {
            Status = StatusCodes.Status404NotFound,
            Title = "No such communication, or it belongs to another institution.",
        });

    internal static Dictionary<string, string[]> CamelCase(IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value);

    private static DateOnly? ParseDate(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var date = MoroccoTime.TryParseDate(text);
        if (date is null)
        {
            errors[field] = [$"'{text}' is not a date. Use yyyy-MM-dd."];
        }

        return date;
    }

    private static TEnum? ParseEnum<TEnum>(string? text, string field, Dictionary<string, string[]> errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (CommunicationDraftValidator.BeDefined<TEnum>(text))
        {
            return Enum.Parse<TEnum>(text, ignoreCase: true);
        }

        errors[field] = [$"Unknown {field} '{text}'. Valid values: {string.Join(", ", Enum.GetNames<TEnum>())}."];
        return null;
    }
}
