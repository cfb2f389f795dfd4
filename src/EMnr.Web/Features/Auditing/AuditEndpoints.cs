using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EMnr.Web.Features.Auditing;

internal static class AuditEndpoints
{
    public const int DefaultPageSize = 50;

    public static void MapAuditEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup(ApiRoutes.Audit).WithTags("Audit").RequireAuthorization(Permissions.AuditRead);
        group.MapGet("/", ListAsync)
            .WithSummary("Lists audit entries, newest first, one page at a time (Commission reviewers and administrators).")
            .WithDescription("Filters: userId, institutionId, action, recordType, recordId, and from/to as local days in " +
                "Africa/Casablanca (yyyy-MM-dd), both included. Any other parameter is rejected. " +
                "Pass nextCursor from the previous page as cursor to read the next one.");
        group.MapGet("/verification", VerifyAsync)
            .WithSummary("Recomputes the audit hash chain and returns the first broken link, if any.");
    }

    private static async Task<Results<Ok<AuditPage>, ValidationProblem>> ListAsync(
        HttpContext context, AuditQueries queries, CancellationToken cancellationToken)
    {
        var query = context.Request.Query;
        var errors = new Dictionary<string, string[]>();
        foreach (var key in query.Keys.Where(k => !AuditFilterParser.Parameters.Contains(k, StringComparer.OrdinalIgnoreCase)))
        {
            errors[key] = [$"Unknown filter '{key}'. Valid filters: {string.Join(", ", AuditFilterParser.Parameters)}."];
        }

        var filter = AuditFilterParser.Parse(name => query[name].FirstOrDefault(), errors);
        var before = AuditFilterParser.ParseCursor(query["cursor"].FirstOrDefault(), errors);
        var limit = DefaultPageSize;
        if (query["limit"].FirstOrDefault() is { } limitText
            && (!int.TryParse(limitText, out limit) || limit is < 1 or > 200))
        {
            errors["limit"] = ["The limit must be a whole number between 1 and 200."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The audit filters are invalid.");
        }

        return TypedResults.Ok(await queries.ListAsync(filter, before, limit, cancellationToken));
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(AuditChainVerifier verifier, CancellationToken cancellationToken) =>
        TypedResults.Ok(await verifier.VerifyAsync(cancellationToken));
}
