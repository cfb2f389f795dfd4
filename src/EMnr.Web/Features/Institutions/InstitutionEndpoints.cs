using System.Security.Claims;
using EMnr.Core.Institutions;
using EMnr.Core.Text;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EMnr.Web.Features.Institutions;

internal static class InstitutionEndpoints
{
    public static void MapInstitutionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(ApiRoutes.Institutions).WithTags("Institutions");

        group.MapGet("/", ListAsync)
            .WithSummary("Lists institutions ordered by code, one page at a time.")
            .WithDescription("q searches the French and Arabic names, forgiving accents and Arabic letter variants. " +
                "province matches institutions that cover it, national ones included. Pass nextCursor as cursor for the next page.");
        group.MapGet("/{id:guid}", GetAsync)
            .WithSummary("Returns one institution, with its version in the ETag header.");
        group.MapPost("/", CreateAsync).RequireAuthorization(Permissions.InstitutionsManage)
            .WithSummary("Creates an institution (administrators).");
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(Permissions.InstitutionsManage)
            .WithSummary("Edits an institution (administrators). Send the ETag you read in If-Match.")
            .WithDescription("The code cannot change. Returns 409 when someone changed the institution since you read it, " +
                "and 428 when If-Match is missing.");
        group.MapPost("/{id:guid}/deactivate", (Guid id, ClaimsPrincipal user, HttpContext context, InstitutionWriter writer,
                CancellationToken cancellationToken) => SetActiveAsync(id, false, user, context, writer, cancellationToken))
            .RequireAuthorization(Permissions.InstitutionsManage)
            .WithSummary("Deactivates an institution (administrators). If-Match is optional.");
        group.MapPost("/{id:guid}/reactivate", (Guid id, ClaimsPrincipal user, HttpContext context, InstitutionWriter writer,
                CancellationToken cancellationToken) => SetActiveAsync(id, true, user, context, writer, cancellationToken))
            .RequireAuthorization(Permissions.InstitutionsManage)
            .WithSummary("Reactivates an institution (administrators). If-Match is optional.");
    }

    private static async Task<Results<Ok<InstitutionPageResponse>, ValidationProblem>> ListAsync(
        InstitutionQueries queries,
        CancellationToken cancellationToken,
        string? q = null,
        string? service = null,
        string? province = null,
        string? type = null,
        bool? active = null,
        string? cursor = null,
        int? limit = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > 200)
        {
            errors[nameof(limit)] = ["The limit must be between 1 and 200."];
        }

        string? afterCode = null;
        if (cursor is not null && !InstitutionQueries.TryDecodeCursor(cursor, out afterCode!))
        {
            errors[nameof(cursor)] = ["The cursor is invalid. Use nextCursor from a previous page."];
        }

        if (q is { Length: > 200 })
        {
            errors[nameof(q)] = ["The search text is limited to 200 characters."];
        }
        else if (!InstitutionQueries.IsSearchable(q))
        {
            errors[nameof(q)] = ["Search for at least 2 letters."];
        }

        if (!string.IsNullOrEmpty(province) && !TextRules.IsSubdivisionCode(province))
        {
            errors[nameof(province)] = ["The province must be an ISO 3166-2 code such as MA-HAO."];
        }

        var serviceValue = ParseEnum<ServiceKind>(service, nameof(service), errors);
        var typeValue = ParseEnum<InstitutionType>(type, nameof(type), errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The list filters are invalid.");
        }

        var filter = new InstitutionFilter(q, serviceValue, string.IsNullOrEmpty(province) ? null : province, typeValue, active);
        var (items, next, total) = await queries.ListAsync(filter, afterCode, limit ?? 50, cancellationToken);
        return TypedResults.Ok(new InstitutionPageResponse(items.Select(InstitutionResponse.From).ToList(), next, total));
    }

    private static async Task<Results<Ok<InstitutionResponse>, NotFound<ProblemDetails>>> GetAsync(
        Guid id, HttpContext context, InstitutionQueries queries, CancellationToken cancellationToken)
    {
        var institution = await queries.FindAsync(id, cancellationToken);
        if (institution is null)
        {
            return NotFound();
        }

        context.Response.Headers.ETag = ETags.Format(institution.Version);
        return TypedResults.Ok(InstitutionResponse.From(institution));
    }

    private static async Task<Results<Created<InstitutionResponse>, ValidationProblem>> CreateAsync(
        InstitutionDraft draft, ClaimsPrincipal user, HttpContext context, InstitutionWriter writer, CancellationToken cancellationToken)
    {
        var outcome = await writer.CreateAsync(draft, user, cancellationToken);
        if (outcome.Institution is not { } institution)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: "The institution is invalid.");
        }

        context.Response.Headers.ETag = ETags.Format(institution.Version);
        return TypedResults.Created($"{ApiRoutes.Prefix}/{ApiRoutes.Institutions}/{institution.Id}", InstitutionResponse.From(institution));
    }

    private static async Task<Results<Ok<InstitutionResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> UpdateAsync(
        Guid id, InstitutionDraft draft, ClaimsPrincipal user, HttpContext context, InstitutionWriter writer,
        CancellationToken cancellationToken)
    {
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrEmpty(ifMatch))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired,
                title: "If-Match is required. Send the ETag of the version you edited.");
        }

        if (!ETags.TryParse(ifMatch, out var version))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "If-Match is not a valid entity tag.");
        }

        var outcome = await writer.UpdateAsync(id, draft, version, user, cancellationToken);
        return ToResult(outcome, context, "The institution is invalid.");
    }

    private static async Task<Results<Ok<InstitutionResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>> SetActiveAsync(
        Guid id, bool active, ClaimsPrincipal user, HttpContext context, InstitutionWriter writer, CancellationToken cancellationToken)
    {
        var ifMatch = context.Request.Headers.IfMatch.ToString();
        uint? version = null;
        if (!string.IsNullOrEmpty(ifMatch))
        {
            if (!ETags.TryParse(ifMatch, out var parsed))
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "If-Match is not a valid entity tag.");
            }

            version = parsed;
        }

        var outcome = await writer.SetActiveAsync(id, active, version, user, cancellationToken);
        return ToResult(outcome, context, "The change is invalid.");
    }

    private static Results<Ok<InstitutionResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult> ToResult(
        InstitutionOutcome outcome, HttpContext context, string invalidTitle)
    {
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "Someone changed this institution since you read it. Read it again and redo your change.");
        }

        if (outcome.Institution is not { } institution)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: invalidTitle);
        }

        context.Response.Headers.ETag = ETags.Format(institution.Version);
        return TypedResults.Ok(InstitutionResponse.From(institution));
    }

    private static NotFound<ProblemDetails> NotFound() => TypedResults.NotFound(new ProblemDetails
    {
        Status = StatusCodes.Status404NotFound,
        Title = "No institution has this id.",
    });

    private static TEnum? ParseEnum<TEnum>(string? text, string field, Dictionary<string, string[]> errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (Enum.GetNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name)
        {
            return Enum.Parse<TEnum>(name);
        }

        errors[field] = [$"Unknown value '{text}'. Use one of: {string.Join(", ", Enum.GetNames<TEnum>())}."];
        return null;
    }
}
