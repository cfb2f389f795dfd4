using EMnr.Core.Data;
using EMnr.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Auditing;

/// <summary>One audit entry as the browser shows it: accounts by e-mail, never a person's name.</summary>
public sealed record AuditEntryView(
    long Id,
    DateTimeOffset At,
    Guid? UserId,
    string? UserEmail,
    Guid? InstitutionId,
    string? InstitutionName,
    string Action,
    string RecordType,
    string RecordId,
    string? ChangedProperties,
    string? IpAddress,
    string? CorrelationId,
    string Hash);

/// <summary>One page of audit entries, newest first, and the cursor of the next page.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntryView> Items, string? NextCursor);

public sealed class AuditQueries(EMnrDbContext db)
{
    /// <summary>Lists entries newest first (by id, the chain order), one keyset page after <paramref name="beforeId"/>.</summary>
    public async Task<AuditPage> ListAsync(AuditFilter filter, long? beforeId, int limit, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (filter.UserId is { } userId)
        {
            query = query.Where(a => a.UserId == userId);
        }

        if (filter.InstitutionId is { } institutionId)
        {
            query = query.Where(a => a.InstitutionId == institutionId);
        }

        if (filter.Action is { } action)
        {
            query = query.Where(a => a.Action == action);
        }

        if (filter.RecordType is { } recordType)
        {
            query = query.Where(a => a.EntityType == recordType);
        }

        if (filter.RecordId is { } recordId)
        {
            query = query.Where(a => a.EntityId == recordId);
        }

        if (filter.From is { } from)
        {
            var start = MoroccoTime.StartOfDay(from);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = MoroccoTime.StartOfDay(to.AddDays(1));
            query = query.Where(a => a.At < end);
        }

        if (beforeId is { } before)
        {
            query = query.Where(a => a.Id < before);
        }

        var page = query.OrderByDescending(a => a.Id).Take(limit + 1);
        var rows = await (
                from a in page
                join u in db.Users on a.UserId equals (Guid?)u.Id into users
                from u in users.DefaultIfEmpty()
                join i in db.Institutions on a.InstitutionId equals (Guid?)i.Id into institutions
                from i in institutions.DefaultIfEmpty()
                orderby a.Id descending
                select new AuditEntryView(
                    a.Id,
                    a.At,
                    a.UserId,
                    u == null ? null : u.Email,
                    a.InstitutionId,
                    i == null ? null : i.NameFr,
                    a.Action,
                    a.EntityType,
                    a.EntityId,
                    a.ChangedProperties,
                    a.IpAddress,
                    a.CorrelationId,
                    a.Hash!))
            .ToListAsync(cancellationToken);

        var next = rows.Count > limit ? AuditFilterParser.FormatCursor(rows[limit - 1].Id) : null;
        return new AuditPage(rows.Take(limit).ToList(), next);
    }

    /// <summary>Returns the id of the account with this e-mail, or null when there is none.</summary>
    public async Task<Guid?> FindUserIdAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = email.Trim().ToUpperInvariant();
        return await db.Users.Where(u => u.NormalizedEmail == normalized).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
