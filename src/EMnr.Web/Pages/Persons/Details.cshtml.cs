using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Core.Persons;
using EMnr.Core.Screening;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Authorization;
using EMnr.Web.Features.Persons;
using EMnr.Web.Features.Reports;
using EMnr.Web.Features.Screening;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Persons;

/// <summary>A person's identity, screenings and decisions. Every display is an audited identity read.</summary>
[Authorize(Policy = Permissions.CaseworkRead)]
public sealed class DetailsModel(
    EMnrDbContext db,
    CaseScope scope,
    RecordAccess access,
    AuditLog audit,
    CaseAssessment assessment,
    DuplicateFinder duplicateFinder,
    PersonMerging merging,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Person Person { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public Guid? ReportId { get; set; }

    public IReadOnlyList<Guid> ReportIds { get; private set; } = [];

    public IReadOnlyList<ScreeningRecord> Screenings { get; private set; } = [];

    public IReadOnlyList<IdentificationDecision> Decisions { get; private set; } = [];

    public bool CanDecide => User.IsInRole(Roles.CommissionReviewer);

    public bool CanHandleDataRequests =>
        User.IsInRole(Roles.CommissionReviewer) || User.IsInRole(Roles.InstitutionCaseworker) || User.IsInRole(Roles.InstitutionManager);

    public IReadOnlyList<DuplicateCandidate> Duplicates { get; private set; } = [];

    public IReadOnlyList<PersonMerge> Merges { get; private set; } = [];

    /// <summary>Pseudonymous codes of the persons named in <see cref="Merges"/> and of the survivor, by id.</summary>
    public IReadOnlyDictionary<Guid, string> Codes { get; private set; } = new Dictionary<Guid, string>();

    [BindProperty]
    public Guid? IntoPersonId { get; set; }

    [BindProperty]
    public string? MergeReason { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanDecide)
        {
            return Forbid();
        }

        var request = new DecisionRequest
        {
            ReportId = ReportId,
            Outcome = Outcome,
            Reason = Reason,
            ScreeningId = await db.Screenings.Where(s => s.PersonId == id).OrderByDescending(s => s.ScreenedAt)
                .Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken),
        };
        var submittedVersion = Version;
        var outcome = await assessment.DecideAsync(id, request, submittedVersion, User, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Value is not null)
        {
            TempData["Status"] = localizer["Decision.Saved"].Value;
            return RedirectToPage("Details", new { id, reportId = ReportId });
        }

        if (outcome.Conflict is not null)
        {
            ModelState.AddModelError(nameof(Outcome), localizer["Decision.Conflict"]);
        }

        ModelState.AddErrors(outcome.Errors, localizer, field => field == "reason" ? nameof(Reason) : nameof(Outcome));

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CanDecide)
        {
            return Forbid();
        }

        var outcome = await merging.MergeAsync(id, new MergeRequest(IntoPersonId, MergeReason), User, cancellationToken);
        return await AfterMergeAsync(id, outcome, cancellationToken);
    }

    public async Task<IActionResult> OnPostUndoMergeAsync(Guid id, Guid mergeId, CancellationToken cancellationToken)
    {
        if (!CanDecide)
        {
            return Forbid();
        }

        var outcome = await merging.UndoAsync(mergeId, User, cancellationToken);
        return await AfterMergeAsync(id, outcome, cancellationToken);
    }

    private async Task<IActionResult> AfterMergeAsync(Guid id, MergeOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Merge is not null)
        {
            return RedirectToPage("Details", new { id, reportId = ReportId });
        }

        ModelState.AddModelError(outcome.Field == "reason" ? nameof(MergeReason) : nameof(IntoPersonId), localizer[outcome.Error ?? outcome.Conflict ?? ""]);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await access.FindAsync<Person>(User, id, CaseOperations.ReadIdentity, cancellationToken);
        if (person is null)
        {
            return false;
        }

        await audit.RecordReadAsync(User, AuditActions.PersonIdentityRead, "person", id, cancellationToken);
        Person = person;
        Version = person.Version;
        var visibleReports = scope.Reports(User).Select(r => r.Id);
        ReportIds = await db.ReportPersons.Where(rp => rp.PersonId == id && visibleReports.Contains(rp.ReportId))
            .Select(rp => rp.ReportId).ToListAsync(cancellationToken);
        // A report id from the query string counts only when it is one of this person's visible reports.
        if (ReportId is not { } chosen || !ReportIds.Contains(chosen))
        {
            ReportId = ReportIds.Count > 0 ? ReportIds[0] : null;
        }

        Screenings = await db.Screenings.AsNoTracking().Where(s => s.PersonId == id).OrderByDescending(s => s.ScreenedAt).Take(50).ToListAsync(cancellationToken);
        Duplicates = person.MergedIntoId is null ? await duplicateFinder.FindAsync(person, User, cancellationToken) : [];
        Merges = await db.PersonMerges.AsNoTracking().Where(m => m.MergedId == id || m.SurvivorId == id)
            .OrderByDescending(m => m.MergedAt).Take(50).ToListAsync(cancellationToken);
        var codeIds = Merges.SelectMany(m => new[] { m.MergedId, m.SurvivorId }).Append(person.MergedIntoId ?? id).Distinct().ToList();
        Codes = await db.Persons.Where(p => codeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Code, cancellationToken);
        Decisions = await db.IdentificationDecisions.AsNoTracking().Where(d => d.PersonId == id).OrderByDescending(d => d.DecidedAt).Take(50).ToListAsync(cancellationToken);
        return true;
    }
}
