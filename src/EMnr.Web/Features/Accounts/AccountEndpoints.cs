using System.Security.Claims;
using EMnr.Core.Time;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EMnr.Web.Features.Accounts;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost(ApiRoutes.Invitations, InviteAsync).RequireAuthorization(Permissions.AccountsManage).WithTags("Accounts")
            .WithSummary("Invites a person to create an account; the one-time link goes by e-mail.")
            .WithDescription("Administrators invite any role into any active institution. Institution managers invite " +
                "caseworkers and managers into their own institution only (403 for another institution).");

        var accounts = api.MapGroup(ApiRoutes.Accounts).WithTags("Accounts").RequireAuthorization(Permissions.AccountsManage);
        accounts.MapGet("/", ListAsync)
            .WithSummary("Lists the accounts of one institution, ordered by e-mail. Managers see their own institution only.");
        accounts.MapPost("/{id:guid}/deactivate", (Guid id, ClaimsPrincipal user, AccountWriter writer, CancellationToken ct) =>
                ToResultAsync(writer.DeactivateAsync(id, user, ct)))
            .WithSummary("Deactivates an account and revokes its sessions and tokens.");
        accounts.MapPost("/{id:guid}/reactivate", (Guid id, ClaimsPrincipal user, AccountWriter writer, CancellationToken ct) =>
                ToResultAsync(writer.ReactivateAsync(id, user, ct)))
            .WithSummary("Reactivates an account.");
        accounts.MapPut("/{id:guid}/role", (Guid id, RoleChangeRequest request, ClaimsPrincipal user, AccountWriter writer,
                CancellationToken ct) => ToResultAsync(writer.ChangeRoleAsync(id, request.Role, user, ct)))
            .WithSummary("Replaces the account's role. Nobody changes their own role or removes the last administrator.");
    }

    private static async Task<Results<Created<InvitationResponse>, ValidationProblem, ProblemHttpResult>> InviteAsync(
        InvitationRequest request, ClaimsPrincipal user, HttpContext context, InvitationService invitations,
        CancellationToken cancellationToken)
    {
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
        var outcome = await invitations.CreateAsync(request, user, baseUrl, cancellationToken);
        if (outcome.Forbidden)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Institution managers may invite accounts into their own institution only.");
        }

        if (outcome.Invitation is not { } invitation)
        {
            return TypedResults.ValidationProblem(CommunicationEndpoints.CamelCase(outcome.Errors), title: "The invitation is invalid.");
        }

        return TypedResults.Created($"{ApiRoutes.Prefix}/{ApiRoutes.Invitations}/{invitation.Id}",
            new InvitationResponse(invitation.Id, invitation.Email, invitation.Role, invitation.InstitutionId, invitation.ExpiresAt));
    }

    private static async Task<Results<Ok<AccountPageResponse>, ValidationProblem, ProblemHttpResult>> ListAsync(
        ClaimsPrincipal user, AccountQueries queries, IClock clock, CancellationToken cancellationToken,
        Guid? institutionId = null, string? cursor = null, int? limit = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (limit is < 1 or > 200)
        {
            errors[nameof(limit)] = ["The limit must be between 1 and 200."];
        }

        string? after = null;
        if (cursor is not null && !AccountQueries.TryDecodeCursor(cursor, out after!))
        {
            errors[nameof(cursor)] = ["The cursor is invalid. Use nextCursor from a previous page."];
        }

        var institution = institutionId ?? user.GetInstitutionId();
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The list parameters are invalid.");
        }

        if (!AccountRules.MayListInstitution(user, institution))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden,
                title: "Institution managers see the accounts of their own institution only.");
        }

        return TypedResults.Ok(await queries.ListAsync(institution, after, limit ?? 50, clock.UtcNow, cancellationToken));
    }

    private static async Task<Results<NoContent, ValidationProblem, NotFound<ProblemDetails>>> ToResultAsync(Task<AccountOutcome> change)
    {
        var outcome = await change;
        if (outcome.NotFound)
        {
            return TypedResults.NotFound(new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound,
                Title = "No account with this id is within your reach.",
            });
        }

        if (outcome.Error is { } error)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["account"] = [error] }, title: error);
        }

        return TypedResults.NoContent();
    }
}
