using EMnr.Core.Reports;
using EMnr.Core.Time;
using EMnr.Web.Features.Authorization;
using EMnr.Web.Features.Persons;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Pages.Reports;

[Authorize(Policy = Permissions.CaseworkRead)]
public sealed class DetailsModel(
    ReportQueries queries,
    RecordAccess access,
    ReportWriter writer,
    DuplicateFinder duplicates,
    ReportAttachments attachments,
    IOptions<CaseworkOptions> options,
    IClock clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public Report Report { get; private set; } = null!;

    public IReadOnlyList<PersonSummary> Persons { get; private set; } = [];

    /// <summary>Possible duplicates of each person of the report, by person id.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<DuplicateCandidate>> Duplicates { get; private set; } = new Dictionary<Guid, IReadOnlyList<DuplicateCandidate>>();

    public IReadOnlyList<ReportStatusChange> History { get; private set; } = [];

    public IReadOnlyList<AttachmentSummary> Attachments { get; private set; } = [];

    public bool CanRefer => Permissions.ReferralRoles.Any(User.IsInRole);

    public bool SeesAll => CaseScope.SeesAll(User);

    /// <summary>False for an institution that reads the report through a referral: it sees, but changes nothing.</summary>
    public bool CanChange => SeesAll || Report.InstitutionId == User.GetInstitutionId();

    public DateTimeOffset ReasonableGroundsDue => Report.CreatedAt.AddDays(options.Value.ReasonableGroundsDays);

    public bool IsOverdue => Report.Status != ReportStatus.Closed && ReasonableGroundsDue < clock.UtcNow;

    [BindProperty]
    public string? NewStatus { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostStatusAsync(Guid id, CancellationToken cancellationToken)
    {
        var outcome = await writer.ChangeStatusAsync(id, NewStatus, Reason, Version, User, cancellationToken);
        if (outcome.Succeeded)
        {
            return RedirectToPage("Details", new { id });
        }

        if (outcome.Conflict is { } conflict)
        {
            ModelState.AddModelError(nameof(NewStatus), localizer[conflict]);
        }

        ModelState.AddErrors(outcome.Errors, localizer, field => field == "reason" ? nameof(Reason) : nameof(NewStatus));

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAssignToMeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Core.Identity.Roles.CommissionReviewer))
        {
            return Forbid();
        }

        var outcome = await writer.AssignAsync(id, User.GetUserId(), User, cancellationToken);
        return outcome.Report is null ? NotFound() : RedirectToPage("Details", new { id });
    }

    public async Task<IActionResult> OnPostAttachAsync(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        var (_, error, notFound) = await attachments.AddAsync(id, file, User, cancellationToken);
        if (notFound)
        {
            return NotFound();
        }

        if (error is null)
        {
            return RedirectToPage("Details", new { id });
        }

        ModelState.AddModelError("file", localizer[error]);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnGetDownloadAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
    {
        var attachment = await attachments.OpenAsync(id, attachmentId, User, cancellationToken);
        return attachment is null ? NotFound() : File(attachment.Content, attachment.ContentType, attachment.FileName);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var report = await access.FindAsync<Report>(User, id, CaseOperations.Read, cancellationToken);
        if (report is null)
        {
            return false;
        }

        Report = report;
        Version = report.Version;
        var persons = await queries.PersonRecordsAsync(User, id, cancellationToken);
        Persons = queries.Summarize(report, persons);
        History = await queries.HistoryAsync(id, cancellationToken);
        Attachments = await attachments.ListAsync(id, User, cancellationToken);
        var found = new Dictionary<Guid, IReadOnlyList<DuplicateCandidate>>();
        foreach (var person in persons)
        {
            found[person.Id] = await duplicates.FindAsync(person, User, cancellationToken);
        }

        Duplicates = found;
        return true;
    }
}
