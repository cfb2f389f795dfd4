using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Persons;
using EMnr.Core.Reports;
using EMnr.Core.Time;
using EMnr.Web.Features.Communications;
using EMnr.Web.Features.Persons;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Reports;

/// <summary>Workbench filters.</summary>
public sealed record ReportFilter
{
    public bool Mine { get; init; }

    public bool Unassigned { get; init; }

    /// <summary>Only reports created by the user's own institution (useful to reviewers, who see all).</summary>
    public bool MyInstitution { get; init; }

    public bool UrgentOnly { get; init; }

    public ReportStatus? Status { get; init; }

    public Guid? CrisisId { get; init; }

    public string? ProvinceCode { get; init; }

    /// <summary>A reference (EMNR-2023-00034, or its end) or a person's pseudonymous code.</summary>
    public string? Search { get; init; }
}

/// <summary>Reads reports and their persons within the user's scope.</summary>
public sealed class ReportQueries(EMnrDbContext db, CaseScope scope, IClock clock)
{
    public const int MaxTotal = 10_000;

    public async Task<KeysetPage<ReportSummary>> ListAsync(
        ClaimsPrincipal user, ReportFilter filter, KeysetCursor? after, int pageSize, CancellationToken cancellationToken)
    {
        var query = scope.Reports(user);
        if (filter.Mine)
        {
            var userId = user.GetUserId();
            query = query.Where(r => r.AssignedReviewerId == userId || r.CreatedBy == userId);
        }

        if (filter.MyInstitution)
        {
            var institutionId = user.GetInstitutionId();
            query = query.Where(r => r.InstitutionId == institutionId);
        }

        if (filter.Unassigned)
        {
            query = query.Where(r => r.AssignedReviewerId == null);
        }

        if (filter.UrgentOnly)
        {
            query = query.Where(r => r.Priority == ReportPriority.Urgent);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.CrisisId is { } crisisId)
        {
            query = query.Where(r => r.CrisisId == crisisId);
        }

        if (!string.IsNullOrEmpty(filter.ProvinceCode) && !Core.Text.TextRules.IsSubdivisionCode(filter.ProvinceCode))
        {
            return new KeysetPage<ReportSummary>([], null, 0, true);
        }

        if (!string.IsNullOrEmpty(filter.ProvinceCode))
        {
            query = query.Where(r => r.ProvinceCode == filter.ProvinceCode);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var term = new string(Core.Time.Digits.ToAscii(filter.Search.Trim()).Where(c => !char.IsControl(c)).ToArray()).ToUpperInvariant();
            query = query.Where(r => r.Reference == term || r.Reference.EndsWith("-" + term.PadLeft(5, '0'))
                || db.ReportPersons.Any(rp => rp.ReportId == r.Id && db.Persons.Any(p => p.Id == rp.PersonId && p.Code == term)));
        }

        // Counting stops past MaxTotal, as for communications, so that a national workbench stays fast.
        var counted = await query.Take(MaxTotal + 1).CountAsync(cancellationToken);
        if (after is { } cursor)
        {
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.CreatedAt, r.Id), ValueTuple.Create(cursor.At, cursor.Id)));
        }

        var items = await query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id)
            .Take(pageSize + 1)
            .Select(r => new ReportSummary(r.Id, r.Reference, r.Status.ToString(), r.Priority.ToString(), r.ProvinceCode,
                r.CrisisId, r.AssignedReviewerId, r.CreatedAt, db.ReportPersons.Count(rp => rp.ReportId == r.Id)))
            .ToListAsync(cancellationToken);
        string? next = null;
        if (items.Count > pageSize)
        {
            items.RemoveAt(pageSize);
            next = new KeysetCursor(items[^1].CreatedAt, items[^1].Id).Encode();
        }

        return new KeysetPage<ReportSummary>(items, next, Math.Min(counted, MaxTotal), counted <= MaxTotal);
    }

    public Task<Report?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        scope.Reports(user).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    /// <summary>Persons of a report that the user may see, without identity fields.</summary>
    public async Task<IReadOnlyList<PersonSummary>> PersonsAsync(ClaimsPrincipal user, Report report, CancellationToken cancellationToken) =>
        Summarize(report, await PersonRecordsAsync(user, report.Id, cancellationToken));

    /// <summary>
    /// Loads the persons of a report that the user may see, merged records left out, in the order
    /// they were added. An institution that received the report by referral sees the referred persons only.
    /// </summary>
    public Task<List<Person>> PersonRecordsAsync(ClaimsPrincipal user, Guid reportId, CancellationToken cancellationToken) =>
        scope.Persons(user)
            .Where(p => p.MergedIntoId == null && db.ReportPersons.Any(rp => rp.ReportId == reportId && rp.PersonId == p.Id))
            .OrderBy(p => p.CreatedAt)
            .ToListAsync(cancellationToken);

    public IReadOnlyList<PersonSummary> Summarize(Report report, IEnumerable<Person> persons)
    {
        var today = MoroccoTime.ToLocalDate(clock.UtcNow);
        return persons.Select(p => Summarize(p, report.FactsFrom, today)).ToList();
    }

    public static PersonSummary Summarize(Person p, DateOnly? factsDate, DateOnly today) => new(
        p.Id,
        p.Code,
        p.Sex.ToString(),
        p.DateOfBirth is { } dob ? Age.YearsOn(dob, today) : null,
        Age.IsChild(p, factsDate ?? today),
        p.Nationality,
        p.IdentificationStatus.ToString());

    public Task<List<ReportStatusChange>> HistoryAsync(Guid reportId, CancellationToken cancellationToken) =>
        db.ReportStatusChanges.AsNoTracking().Where(c => c.ReportId == reportId).OrderBy(c => c.ChangedAt).Take(200).ToListAsync(cancellationToken);
}
