using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Time;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Communications;

[Authorize(Policy = Permissions.CommunicationsWrite)]
public sealed class CreateModel(
    EMnrDbContext db,
    CommunicationWriter writer,
    IClock clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public CommunicationForm Input { get; set; } = new();

    public CommunicationFormOptions Options { get; private set; } = new();

    /// <summary>Communication saved by the previous post, so the operator can go straight on to the next call.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? LastSaved { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new CommunicationForm
        {
            ReceivedAt = MoroccoTime.Format(clock.UtcNow),
            Channel = nameof(Channel.GreenLine),
            Language = nameof(ContactLanguage.Darija),
            CallerType = nameof(CallerType.Anonymous),
        };
        Options = await CommunicationFormOptions.LoadAsync(db, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = Input.ToDraft();
        var outcome = await writer.CreateAsync(draft, User, cancellationToken);
        if (!outcome.Succeeded)
        {
            var unparsed = draft.ReceivedAt is null && !string.IsNullOrWhiteSpace(Input.ReceivedAt);
            CommunicationPageErrors.AddTo(ModelState, outcome.Errors, localizer, unparsed);
            Options = await CommunicationFormOptions.LoadAsync(db, cancellationToken);
            return Page();
        }

        return RedirectToPage("Create", new { lastSaved = outcome.Communication!.Id });
    }
}
