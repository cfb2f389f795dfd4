using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Core.Persons;
using EMnr.Core.Referrals;
using EMnr.Core.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Reports;

/// <summary>
/// Need-to-know for casework. Commission reviewers see every report and person. Other users see
/// what their institution created, and the reports and persons referred to their institution
/// while such a referral is sent, acknowledged, accepted, in progress or completed. A referred
/// person's identity is visible only when the referral shared it. Pages and API use the same
/// queries, so neither can show more.
/// </summary>
public sealed class CaseScope(EMnrDbContext db)
{
    public static bool SeesAll(ClaimsPrincipal user) => user.IsInRole(Roles.CommissionReviewer);

    /// <summary>Reports the user may read: their institution's, and those with a live referral to it.</summary>
    public IQueryable<Report> Reports(ClaimsPrincipal user)
    {
        var query = db.Reports.AsNoTracking();
        if (SeesAll(user))
        {
            return query;
        }

        var institutionId = user.GetInstitutionId();
        var referred = LiveReferralsTo(institutionId).Select(r => r.ReportId);
        return query.Where(r => r.InstitutionId == institutionId || referred.Contains(r.Id));
    }

    /// <summary>Reports the user may change (status, persons, attachments): their institution's only, or all for reviewers.</summary>
    public IQueryable<Report> OwnedReports(ClaimsPrincipal user)
    {
        var query = db.Reports.AsNoTracking();
        if (SeesAll(user))
        {
            return query;
        }

        var institutionId = user.GetInstitutionId();
        return query.Where(r => r.InstitutionId == institutionId);
    }

    /// <summary>
    /// Persons the user may see by pseudonymous code: those their institution created, those in its
    /// own reports, and those referred to it by a live referral.
    /// </summary>
    public IQueryable<Person> Persons(ClaimsPrincipal user) => PersonsWhere(user, identityOnly: false);

    /// <summary>Persons whose identity the user may read: as <see cref="Persons"/>, but a referral counts only when it shared the identity.</summary>
    public IQueryable<Person> IdentifiedPersons(ClaimsPrincipal user) => PersonsWhere(user, identityOnly: true);

    /// <summary>
    /// Persons the user may change (corrections, consents, screenings): those their institution
    /// created or that appear in its own reports, or all for reviewers. A referral lets an
    /// institution read a person, never change the record.
    /// </summary>
    public IQueryable<Person> OwnedPersons(ClaimsPrincipal user)
    {
        var query = db.Persons.AsNoTracking();
        if (SeesAll(user))
        {
            return query;
        }

        var institutionId = user.GetInstitutionId();
        var ownReports = db.Reports.Where(r => r.InstitutionId == institutionId).Select(r => r.Id);
        return query.Where(p => p.InstitutionId == institutionId
            || db.ReportPersons.Any(rp => rp.PersonId == p.Id && ownReports.Contains(rp.ReportId)));
    }

    /// <summary>
    /// Reports whose attachments the user may read: their own, or a report referred to their
    /// institution by a live referral that shares at least one person's identity. Attachments can
    /// show a person's identity (a scanned document, a name in a file name), so a referral without
    /// identifying data does not reach them.
    /// </summary>
    public IQueryable<Report> AttachmentReports(ClaimsPrincipal user)
    {
        var query = db.Reports.AsNoTracking();
        if (SeesAll(user))
        {
            return query;
        }

        var institutionId = user.GetInstitutionId();
        var sharing = LiveReferralsTo(institutionId)
            .Where(r => db.ReferralPersons.Any(rp => rp.ReferralId == r.Id && rp.SharesIdentity))
            .Select(r => r.ReportId);
        return query.Where(r => r.InstitutionId == institutionId || sharing.Contains(r.Id));
    }

    private IQueryable<Person> PersonsWhere(ClaimsPrincipal user, bool identityOnly)
    {
        var query = db.Persons.AsNoTracking();
        if (SeesAll(user))
        {
            return query;
        }

        var institutionId = user.GetInstitutionId();
        var ownReports = db.Reports.Where(r => r.InstitutionId == institutionId).Select(r => r.Id);
        var liveReferrals = LiveReferralsTo(institutionId).Select(r => r.Id);

        // Correlated on the person, so that reading a few persons probes their referrals by index
        // instead of collecting every person referred to the institution.
        return query.Where(p => p.InstitutionId == institutionId
            || db.ReportPersons.Any(rp => rp.PersonId == p.Id && ownReports.Contains(rp.ReportId))
            || db.ReferralPersons.Any(rp => rp.PersonId == p.Id && (!identityOnly || rp.SharesIdentity) && liveReferrals.Contains(rp.ReferralId)));
    }

    private IQueryable<Referral> LiveReferralsTo(Guid institutionId) =>
        db.Referrals.Where(r => r.ToInstitutionId == institutionId && ReferralStateMachine.GrantingAccess.Contains(r.Status));
}
