using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Persons;
using EMnr.Core.Reports;
using EMnr.Core.Text;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Persons;

/// <summary>A merge as returned to clients.</summary>
public sealed record PersonMergeResponse(
    Guid Id, Guid SurvivorId, Guid MergedId, string Reason, IReadOnlyList<Guid> AddedReportIds,
    DateTimeOffset MergedAt, DateTimeOffset? UndoneAt)
{
    public static PersonMergeResponse From(PersonMerge m) =>
        new(m.Id, m.SurvivorId, m.MergedId, m.Reason, m.AddedReportIds, m.MergedAt, m.UndoneAt);
}

public sealed record MergeRequest(Guid? IntoPersonId, string? Reason);

/// <summary>Result of a merge or an undo: the merge, a field error, not found, or a conflict.</summary>
public sealed record MergeOutcome(PersonMerge? Merge, string? Field = null, string? Error = null, bool NotFound = false, string? Conflict = null);

/// <summary>
/// Merges duplicate person records on a reviewer's decision and undoes such merges. Nothing is
/// deleted: the merged record points to the survivor, both actions are audited, and the survivor
/// joins the merged record's reports.
/// </summary>
public sealed partial class PersonMerging(
    EMnrDbContext db,
    CaseScope scope,
    AuditLog audit,
    IClock clock,
    ILogger<PersonMerging> logger)
{
    public const string MergedAudit = "person.merged";
    public const string UndoneAudit = "person.merge.undone";

    public async Task<MergeOutcome> MergeAsync(Guid mergedId, MergeRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await scope.Persons(user).AnyAsync(p => p.Id == mergedId, cancellationToken))
        {
            return new MergeOutcome(null, NotFound: true);
        }

        if (request.IntoPersonId is not { } survivorId || survivorId == mergedId
            || !await scope.Persons(user).AnyAsync(p => p.Id == survivorId, cancellationToken))
        {
            return new MergeOutcome(null, "intoPersonId", "Choose another existing person to merge this record into.");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000 || !TextRules.HasNoControlCharacters(request.Reason))
        {
            return new MergeOutcome(null, "reason", "Give the reasons for the merge, in at most 2,000 characters of text.");
        }

        var merged = await db.Persons.FirstAsync(p => p.Id == mergedId, cancellationToken);
        var survivor = await db.Persons.FirstAsync(p => p.Id == survivorId, cancellationToken);
        if (merged.MergedIntoId is not null || survivor.MergedIntoId is not null)
        {
            return new MergeOutcome(null, Conflict: "One of the two records is already merged into another; undo that merge first.");
        }

        var survivorReports = db.ReportPersons.Where(rp => rp.PersonId == survivorId).Select(rp => rp.ReportId);
        var toAdd = await db.ReportPersons.Where(rp => rp.PersonId == mergedId && !survivorReports.Contains(rp.ReportId))
            .Select(rp => rp.ReportId).ToListAsync(cancellationToken);
        foreach (var reportId in toAdd)
        {
            db.ReportPersons.Add(new ReportPerson { ReportId = reportId, PersonId = survivorId, AddedAt = clock.UtcNow });
        }

        merged.MergedIntoId = survivorId;
        var merge = new PersonMerge
        {
            Id = Guid.CreateVersion7(),
            SurvivorId = survivorId,
            MergedId = mergedId,
            Reason = request.Reason.Trim(),
            AddedReportIds = toAdd,
            MergedBy = user.GetUserId(),
            MergedAt = clock.UtcNow,
        };
        db.PersonMerges.Add(merge);
        audit.Add(user, MergedAudit, "person", mergedId);
        audit.Add(user, MergedAudit, "person", survivorId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new MergeOutcome(null, Conflict: "Someone changed one of the two records at the same moment. Reload and try again.");
        }

        LogMerged(logger, merge.Id, mergedId, survivorId);
        return new MergeOutcome(merge);
    }

    public async Task<MergeOutcome> UndoAsync(Guid mergeId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var merge = await db.PersonMerges.FirstOrDefaultAsync(m => m.Id == mergeId, cancellationToken);
        if (merge is null || !await scope.Persons(user).AnyAsync(p => p.Id == merge.MergedId, cancellationToken))
        {
            return new MergeOutcome(null, NotFound: true);
        }

        if (merge.UndoneAt is not null)
        {
            return new MergeOutcome(null, Conflict: "This merge was already undone.");
        }

        var merged = await db.Persons.FirstAsync(p => p.Id == merge.MergedId, cancellationToken);
        merged.MergedIntoId = null;
        var added = await db.ReportPersons
            .Where(rp => rp.PersonId == merge.SurvivorId && merge.AddedReportIds.Contains(rp.ReportId))
            .ToListAsync(cancellationToken);
        db.ReportPersons.RemoveRange(added);
        merge.UndoneAt = clock.UtcNow;
        merge.UndoneBy = user.GetUserId();
        audit.Add(user, UndoneAudit, "person", merge.MergedId);
        audit.Add(user, UndoneAudit, "person", merge.SurvivorId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new MergeOutcome(null, Conflict: "Someone changed one of the two records at the same moment. Reload and try again.");
        }

        LogUndone(logger, merge.Id);
        return new MergeOutcome(merge);
    }

    [LoggerMessage(EventId = 4400, Level = LogLevel.Information, Message = "Merge {MergeId}: person {MergedId} merged into {SurvivorId}")]
    private static partial void LogMerged(ILogger logger, Guid mergeId, Guid mergedId, Guid survivorId);

    [LoggerMessage(EventId = 4401, Level = LogLevel.Information, Message = "Merge {MergeId} undone")]
    private static partial void LogUndone(ILogger logger, Guid mergeId);
}
