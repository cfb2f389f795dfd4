using System.Security.Claims;
using EMnr.Web.Features.Communications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EMnr.Web.Features.Notifications;

internal static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this RouteGroupBuilder api)
    {
        // Every signed-in account has notifications of its own; the API group already requires sign-in.
        var notifications = api.MapGroup(ApiRoutes.Notifications).WithTags("Notifications");
        notifications.MapGet("/", ListAsync).WithSummary("Lists the caller's notifications, newest first, with the unread count.");
        notifications.MapPost("/{id:guid}/read", MarkReadAsync).WithSummary("Marks one of the caller's notifications as read.");
        notifications.MapPost("/read", MarkAllReadAsync).WithSummary("Marks all the caller's notifications as read.");
    }

    private static async Task<Results<Ok<NotificationPageResponse>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, NotificationInbox inbox, CancellationToken cancellationToken, bool unread = false, string? cursor = null, int? limit = null)
    {
        var errors = new Dictionary<string, string[]>();
        var after = KeysetCursor.ParsePaging(cursor, limit, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The list parameters are invalid.");
        }

        return TypedResults.Ok(await inbox.ListAsync(user, unread, after, limit ?? 50, cancellationToken));
    }

    private static async Task<Results<NoContent, NotFound<ProblemDetails>>> MarkReadAsync(
        Guid id, ClaimsPrincipal user, NotificationInbox inbox, CancellationToken cancellationToken) =>
        await inbox.MarkReadAsync(user, id, cancellationToken) is null
            ? TypedResults.NotFound(new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "No such notification." })
            : TypedResults.NoContent();

    private static async Task<NoContent> MarkAllReadAsync(ClaimsPrincipal user, NotificationInbox inbox, CancellationToken cancellationToken)
    {
        await inbox.MarkAllReadAsync(user, cancellationToken);
        return TypedResults.NoContent();
    }
}
