using EMnr.Core.Data;
using EMnr.Core.Persons;
using EMnr.Core.Referrals;
using EMnr.Core.Reports;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Referrals;

/// <summary>
/// A child is always referred to the prosecutor for protection, so a report about a child cannot
/// close until each child in it is in a judicial referral that was neither declined nor cancelled.
/// </summary>
public static class ChildReferralRule
{
    public const string Message =
        "A child in this report has no judicial referral to a prosecutor, or only declined or cancelled ones. Refer the child to the prosecutor before closing the report.";

    /// <summary>Returns the pseudonymous code of the first child without such a referral, or null when every child has one.</summary>
    public static async Task<string?> FindUnreferredChildAsync(EMnrDbContext db, Report report, DateOnly today, CancellationToken cancellationToken)
    {
        var persons = await db.Persons.AsNoTracking()
            .Where(p => p.MergedIntoId == null && db.ReportPersons.Any(rp => rp.ReportId == report.Id && rp.PersonId == p.Id))
            .ToListAsync(cancellationToken);
        var children = persons.Where(p => Age.ChildRuleApplies(p, report.FactsFrom, today)).Select(p => p.Id).ToList();
        if (children.Count == 0)
        {
            return null;
        }

        var referred = await db.ReferralPersons
            .Where(rp => children.Contains(rp.PersonId)
                && db.Referrals.Any(r => r.Id == rp.ReferralId && r.ReportId == report.Id && r.Kind == ReferralKind.Judicial
                    && r.Status != ReferralStatus.Declined && r.Status != ReferralStatus.Cancelled))
            .Select(rp => rp.PersonId)
            .Distinct()
            .ToListAsync(cancellationToken);
        return persons.FirstOrDefault(p => children.Contains(p.Id) && !referred.Contains(p.Id))?.Code;
    }
}
