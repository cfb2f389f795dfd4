using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Institutions;
using EMnr.Core.Referrals;
using EMnr.Core.Time;
using EMnr.Web.Features.Communications;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Referrals;

/// <summary>Which referrals a list shows: received by the caller's institution, sent by it, or all (Commission reviewers only).</summary>
public enum ReferralBox
{
    Inbox,
    Outbox,
    All,
}

/// <summary>List filters within a box.</summary>
public sealed record ReferralFilter
{
    public IReadOnlyList<ReferralStatus> Statuses { get; init; } = [];

    /// <summary>Only referrals still Sent past their acknowledgement deadline.</summary>
    public bool OverdueOnly { get; init; }

    public ReferralKind? Kind { get; init; }

    public Guid? ReportId { get; init; }
}

/// <summary>Reads referrals. The sending and the receiving institutions see a referral; Commission reviewers see all.</summary>
public sealed class ReferralQueries(EMnrDbContext db, CaseScope scope, IClock clock)
{
    /// <summary>Referrals the user may read.</summary>
    public IQueryable<Referral> Visible(ClaimsPrincipal user)
    {
        var query = db.Referrals.AsNoTracking();
        if (CaseScope.SeesAll(user))
        {
            return query;
        }

        var institutionId = user.GetInstitutionId();
        return query.Where(r => r.FromInstitutionId == institutionId || r.ToInstitutionId == institutionId);
    }

    /// <summary>The sides the user acts for: recipient when the referral went to their institution, sender when it came from it.</summary>
    public static IReadOnlyList<ReferralSide> SidesOf(Referral referral, ClaimsPrincipal user)
    {
        var institutionId = user.GetInstitutionId();
        var sides = new List<ReferralSide>();
        if (referral.ToInstitutionId == institutionId)
        {
            sides.Add(ReferralSide.Recipient);
        }

        // Any account of the sending institution acts as sender, but for the Commission only its reviewers do.
        if (referral.FromInstitutionId == institutionId
            && (!referral.SentByCommission || user.IsInRole(Core.Identity.Roles.CommissionReviewer)))
        {
            sides.Add(ReferralSide.Sender);
        }

        return sides;
    }

    public IQueryable<Referral> Box(ClaimsPrincipal user, ReferralBox box)
    {
        var institutionId = user.GetInstitutionId();
        return box switch
        {
            ReferralBox.Inbox => db.Referrals.AsNoTracking().Where(r => r.ToInstitutionId == institutionId),
            ReferralBox.Outbox => db.Referrals.AsNoTracking().Where(r => r.FromInstitutionId == institutionId),
            _ => Visible(user),
        };
    }

    public async Task<KeysetPage<ReferralSummary>> ListAsync(
        ClaimsPrincipal user, ReferralBox box, ReferralFilter filter, KeysetCursor? after, int pageSize, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var query = Box(user, box);
        if (filter.Statuses.Count > 0)
        {
            query = query.Where(r => filter.Statuses.Contains(r.Status));
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(r => r.Status == ReferralStatus.Sent && r.AcknowledgeBy < now);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(r => r.Kind == kind);
        }

        if (filter.ReportId is { } reportId)
        {
            query = query.Where(r => r.ReportId == reportId);
        }

        if (after is { } cursor)
        {
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.SentAt, r.Id), ValueTuple.Create(cursor.At, cursor.Id)));
        }

        var items = await query.OrderByDescending(r => r.SentAt).ThenByDescending(r => r.Id)
            .Take(pageSize + 1)
            .Select(r => new ReferralSummary(
                r.Id, r.Reference, r.Kind.ToString(), r.Service.ToString(), r.ReportId,
                db.Reports.Where(p => p.Id == r.ReportId).Select(p => p.Reference).First(),
                r.FromInstitutionId, db.Institutions.Where(i => i.Id == r.FromInstitutionId).Select(i => i.Code).First(),
                r.ToInstitutionId, db.Institutions.Where(i => i.Id == r.ToInstitutionId).Select(i => i.Code).First(),
                r.Urgent, r.Status.ToString(), r.SentAt, r.AcknowledgeBy,
                r.Status == ReferralStatus.Sent && r.AcknowledgeBy < now,
                r.Persons.Count))
            .ToListAsync(cancellationToken);
        string? next = null;
        if (items.Count > pageSize)
        {
            items.RemoveAt(pageSize);
            next = new KeysetCursor(items[^1].SentAt, items[^1].Id).Encode();
        }

        return new KeysetPage<ReferralSummary>(items, next, items.Count, true);
    }

    /// <summary>Counts the referrals of a box in each status, and those overdue.</summary>
    public async Task<(Dictionary<string, int> ByStatus, int Overdue)> CountAsync(ClaimsPrincipal user, ReferralBox box, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var query = Box(user, box);
        var rows = await query.GroupBy(r => r.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var counts = Enum.GetValues<ReferralStatus>().ToDictionary(s => s.ToString(), s => rows.FirstOrDefault(r => r.Status == s)?.Count ?? 0);
        var overdue = await query.CountAsync(r => r.Status == ReferralStatus.Sent && r.AcknowledgeBy < now, cancellationToken);
        return (counts, overdue);
    }

    public Task<Referral?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        Visible(user).Include(r => r.Persons).AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>Builds the API view of a referral for the user: persons by code, the clock and the allowed actions.</summary>
    public async Task<ReferralResponse> DescribeAsync(Referral referral, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var institutionIds = new[] { referral.FromInstitutionId, referral.ToInstitutionId };
        var institutions = await db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var reportReference = await db.Reports.Where(r => r.Id == referral.ReportId).Select(r => r.Reference).FirstAsync(cancellationToken);
        var personIds = referral.Persons.Select(p => p.PersonId).ToList();
        var codes = await db.Persons.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        var identified = await scope.IdentifiedPersons(user).Where(p => personIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        var flaggedAt = await db.ReferralOverdueFlags.Where(f => f.ReferralId == referral.Id).Select(f => (DateTimeOffset?)f.FlaggedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var persons = referral.Persons.Select(p => new ReferralPersonResponse(
            p.PersonId, codes[p.PersonId], p.Child, p.SharesIdentity, p.LegalBasis.ToString(), p.ConsentRecordId, identified.Contains(p.PersonId)))
            .ToList();
        var allowed = ReferralStateMachine.AllowedActions(referral.Status, SidesOf(referral, user)).Select(a => a.ToString()).ToList();
        return new ReferralResponse(
            referral.Id, referral.Reference, referral.Kind.ToString(), referral.Service?.ToString(), referral.ReportId, reportReference,
            InstitutionRef.From(institutions[referral.FromInstitutionId]), InstitutionRef.From(institutions[referral.ToInstitutionId]),
            referral.SentByCommission, referral.Urgent, referral.Reason, referral.Status.ToString(),
            referral.DeclineReason, referral.Outcome, referral.CancelReason, referral.SentAt, referral.AcknowledgedAt,
            ReferralClock.For(referral, flaggedAt, clock.UtcNow), persons, allowed, ReferralResponse.FormatVersion(referral.Version));
    }

    public async Task<IReadOnlyList<ReferralHistoryEntry>> HistoryAsync(Guid referralId, CancellationToken cancellationToken) =>
        await db.ReferralStatusChanges.AsNoTracking().Where(c => c.ReferralId == referralId).OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
            .Take(200)
            .Select(c => new ReferralHistoryEntry(c.From.ToString(), c.To.ToString(), c.ChangedBy, c.InstitutionId, c.ChangedAt, c.Note))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Suggests active institutions that fit the kind and service and cover the province or the
    /// whole country, those covering the province first. The caller's own institution is left out.
    /// </summary>
    public async Task<IReadOnlyList<RecipientSuggestion>> SuggestRecipientsAsync(
        ClaimsPrincipal user, ReferralKind kind, ServiceKind? service, string? province, CancellationToken cancellationToken)
    {
        var own = user.GetInstitutionId();
        var query = db.Institutions.AsNoTracking().Where(i => i.IsActive && i.Id != own
            && (i.ProvinceCodes.Count == 0 || (province != null && i.ProvinceCodes.Contains(province))));
        query = kind switch
        {
            ReferralKind.Judicial => query.Where(i => i.Type == InstitutionType.Prosecution),
            ReferralKind.Security => query.Where(i => i.Type == InstitutionType.Police || i.Type == InstitutionType.Gendarmerie),
            _ => service is { } s ? query.Where(i => i.Services.Contains(s)) : query.Where(i => false),
        };
        var found = await query.OrderByDescending(i => i.ProvinceCodes.Count > 0).ThenBy(i => i.Code).Take(100).ToListAsync(cancellationToken);
        return found.Select(i => new RecipientSuggestion(
            i.Id, i.Code, i.NameFr, i.NameAr, i.Type.ToString(), i.Services.Select(s => s.ToString()).ToList(), i.ProvinceCodes.Count > 0))
            .ToList();
    }
}
