using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Notifications;
using EMnr.Core.Time;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Notifications;

public sealed record NotificationResponse(Guid Id, string Kind, string Reference, string Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

public sealed record NotificationPageResponse(IReadOnlyList<NotificationResponse> Items, string? NextCursor, int Unread);

/// <summary>A user's own notifications. Every query filters on the caller's id, so no user reads or marks another user's.</summary>
public sealed class NotificationInbox(EMnrDbContext db, IClock clock)
{
    /// <summary>Unread count shown in the menu bar, capped so that the count stays cheap.</summary>
    public const int UnreadCap = 99;

    public Task<int> UnreadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.GetUserId();
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null).OrderBy(n => n.Id).Take(UnreadCap + 1).CountAsync(cancellationToken);
    }

    public async Task<NotificationPageResponse> ListAsync(ClaimsPrincipal user, bool unreadOnly, KeysetCursor? after, int limit, CancellationToken cancellationToken)
    {
        var userId = user.GetUserId();
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        if (after is { } position)
        {
            query = query.Where(n => n.CreatedAt < position.At || (n.CreatedAt == position.At && n.Id.CompareTo(position.Id) < 0));
        }

        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(limit + 1)
            .Select(n => new NotificationResponse(n.Id, n.Kind, n.Reference, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        var next = rows.Count > limit ? new KeysetCursor(rows[limit - 1].CreatedAt, rows[limit - 1].Id).Encode() : null;
        return new NotificationPageResponse([.. rows.Take(limit)], next, await UnreadAsync(user, cancellationToken));
    }

    /// <summary>Marks one of the user's notifications read and returns its link, or null when it is not theirs.</summary>
    public async Task<string?> MarkReadAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken)
    {
        var userId = user.GetUserId();
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);
        if (notification is null)
        {
            return null;
        }

        notification.ReadAt ??= clock.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return notification.Link;
    }

    public Task<int> MarkAllReadAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.GetUserId();
        var now = clock.UtcNow;
        return db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }

    public static bool IsKnownKind(string kind) => NotificationKinds.All.Contains(kind);
}
