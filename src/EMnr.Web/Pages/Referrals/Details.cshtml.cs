using EMnr.Core.Communications;
using EMnr.Core.Referrals;
using EMnr.Web.Features.Referrals;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Referrals;

/// <summary>One referral: persons by code, clock, history and the actions the user may take now.</summary>
[Authorize(Policy = Permissions.ReferralsRead)]
public sealed class DetailsModel(
    ReferralQueries queries,
    ReferralTransitions transitions,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public ReferralResponse Referral { get; private set; } = null!;

    public IReadOnlyList<ReferralHistoryEntry> History { get; private set; } = [];

    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? Outcome { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!CommunicationDraftValidator.BeDefined<ReferralAction>(Action))
        {
            return BadRequest();
        }

        var action = Enum.Parse<ReferralAction>(Action!, ignoreCase: true);
        var outcome = await transitions.ApplyAsync(id, action, new ReferralActionRequest(Reason, Outcome, Note), Version, User, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            return RedirectToPage("Details", new { id });
        }

        if (outcome.CurrentStatus is { } current)
        {
            ModelState.AddModelError(nameof(Action), localizer["Referrals.NotApplied", localizer["ReferralStatus." + current]]);
        }

        ModelState.AddErrors(outcome.Errors, localizer, field => field == "Outcome" ? nameof(Outcome) : nameof(Reason));
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var referral = await queries.FindAsync(User, id, cancellationToken);
        if (referral is null)
        {
            return false;
        }

        Referral = await queries.DescribeAsync(referral, User, cancellationToken);
        Version = referral.Version;
        History = await queries.HistoryAsync(id, cancellationToken);
        return true;
    }
}
