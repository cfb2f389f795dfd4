using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Core.Persons;
using EMnr.Core.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Reports;

/// <summary>
/// Need-to-know for casework. Commission reviewers see every report and person, and other users see
/// what their institution created. Pages and API use the same queries, so neither can show more.
/// </summary>
public sealed class CaseScope(EMnrDbContext db)
{
    public static bool SeesAll(ClaimsPrincipal user) => user.IsInRole(Roles.CommissionReviewer);

    public IQueryable<Report> Reports(ClaimsPrincipal user)
    {
        var query = db.Reports.AsNoTracking();
        if (SeesAll(user))
        {
            return query;
        }

        var institutionId = user.GetInstitutionId();
        return query.Where(r => r.InstitutionId == institutionId);
    }

    /// <summary>Persons the user may see: those in a visible report, or created by their institution.</summary>
    public IQueryable<Person> Persons(ClaimsPrincipal user)
    {
        var query = db.Persons.AsNoTracking();
        if (SeesAll(user))
        {
            return query;
        }

        var institutionId = user.GetInstitutionId();
        var visibleReports = Reports(user).Select(r => r.Id);
        return query.Where(p => p.InstitutionId == institutionId
            || db.ReportPersons.Any(rp => rp.PersonId == p.Id && visibleReports.Contains(rp.ReportId)));
    }
}
