using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Time;
using EMnr.Web.Features.Authorization;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Communications;

[Authorize(Policy = Permissions.CommunicationsWrite)]
public sealed class EditModel(
    EMnrDbContext db,
    CommunicationQueries queries,
    RecordAccess access,
    CommunicationWriter writer,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CommunicationForm Input { get; set; } = new();

    public CommunicationFormOptions Options { get; private set; } = new();

    public Guid Id { get; private set; }

    /// <summary>The stored state when a correction collided with someone else's.</summary>
    public CommunicationForm? Current { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var communication = await access.FindAsync<Communication>(User, id, CaseOperations.Write, cancellationToken);
        if (communication is null)
        {
            return NotFound();
        }

        Id = id;
        Input = CommunicationForm.From(communication);
        Options = await CommunicationFormOptions.LoadAsync(db, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync<Communication>(User, id, CaseOperations.Write, cancellationToken) is null)
        {
            return NotFound();
        }

        Id = id;
        var tracked = await db.Communications.FirstAsync(c => c.Id == id, cancellationToken);
        var draft = Input.ToDraft();

        // The form shows the time to the minute. When the operator leaves it unchanged, keep the
        // stored instant so that a record with seconds (from the API or an import) is not
        // truncated and no correction of the time is recorded.
        if (draft.ReceivedAt is { } typed && MoroccoTime.Format(typed) == MoroccoTime.Format(tracked.ReceivedAt))
        {
            draft = draft with { ReceivedAt = tracked.ReceivedAt };
        }

        var outcome = await writer.CorrectAsync(tracked, draft, Input.Version, User, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Status"] = localizer["Edit.Saved"].Value;
            return RedirectToPage("Details", new { id });
        }

        Options = await CommunicationFormOptions.LoadAsync(db, cancellationToken);
        if (outcome.Conflict)
        {
            var current = await queries.FindAsync(User, id, cancellationToken);
            Current = current is null ? null : CommunicationForm.From(current);
            ModelState.AddModelError(string.Empty, localizer["Edit.Conflict"]);
            return Page();
        }

        var unparsed = draft.ReceivedAt is null && !string.IsNullOrWhiteSpace(Input.ReceivedAt);
        CommunicationPageErrors.AddTo(ModelState, outcome.Errors, localizer, unparsed);
        return Page();
    }
}
