using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Core.Institutions;
using EMnr.Core.Time;
using EMnr.Web.Features.Accounts;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Accounts;

/// <summary>
/// Accounts of one institution with the invitation form. Administrators pick any institution;
/// managers see and invite only within their own, whatever institution id the request carries.
/// </summary>
[Authorize(Policy = Permissions.AccountsManage)]
public sealed class IndexModel(
    EMnrDbContext db,
    AccountQueries queries,
    AccountWriter writer,
    InvitationService invitations,
    IClock clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public Guid? InstitutionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    [BindProperty]
    public InviteInput Invite { get; set; } = new();

    public Institution? Institution { get; private set; }

    public AccountPageResponse Accounts { get; private set; } = new([], null);

    public IReadOnlyList<string> AssignableRoles =>
        AccountRules.IsAdministrator(User) ? Roles.All : AccountRules.ManagerAssignableRoles;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        var request = new InvitationRequest(Invite.Email, Invite.Role, InstitutionId);
        var outcome = await invitations.CreateAsync(request, User, $"{Request.Scheme}://{Request.Host}", cancellationToken);
        if (outcome.Forbidden)
        {
            return Forbid();
        }

        if (outcome.Invitation is null)
        {
            ModelState.AddErrors(outcome.Errors, localizer, field => field == nameof(InvitationRequest.InstitutionId) ? string.Empty : "Invite." + field);
            return await LoadAsync(cancellationToken) ? Page() : Forbid();
        }

        TempData["Status"] = localizer["Accounts.Invited"].Value;
        return RedirectToPage(new { InstitutionId });
    }

    public Task<IActionResult> OnPostDeactivateAsync(Guid accountId, CancellationToken cancellationToken) =>
        ApplyAsync(writer.DeactivateAsync(accountId, User, cancellationToken), "Accounts.Deactivated", cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(Guid accountId, CancellationToken cancellationToken) =>
        ApplyAsync(writer.ReactivateAsync(accountId, User, cancellationToken), "Accounts.Reactivated", cancellationToken);

    public Task<IActionResult> OnPostRoleAsync(Guid accountId, string? role, CancellationToken cancellationToken) =>
        ApplyAsync(writer.ChangeRoleAsync(accountId, role, User, cancellationToken), "Accounts.RoleChanged", cancellationToken);

    private async Task<IActionResult> ApplyAsync(Task<AccountOutcome> change, string doneKey, CancellationToken cancellationToken)
    {
        var outcome = await change;
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, localizer[error]);
            return await LoadAsync(cancellationToken) ? Page() : Forbid();
        }

        TempData["Status"] = localizer[doneKey].Value;
        return RedirectToPage(new { InstitutionId });
    }

    /// <summary>Loads the institution and its accounts; false when the actor may not see them.</summary>
    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        InstitutionId ??= User.GetInstitutionId();
        if (!AccountRules.MayListInstitution(User, InstitutionId.Value))
        {
            return false;
        }

        Institution = await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == InstitutionId, cancellationToken);
        if (Institution is null)
        {
            return false;
        }

        var after = AccountQueries.TryDecodeCursor(Cursor, out var name) ? name : null;
        Accounts = await queries.ListAsync(Institution.Id, after, PageSize, clock.UtcNow, cancellationToken);
        return true;
    }

    public sealed class InviteInput
    {
        public string? Email { get; set; }

        public string? Role { get; set; }
    }
}
