using EMnr.Core.Institutions;
using EMnr.Web.Features.Institutions;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Institutions;

/// <summary>Creates an institution (no id) or edits one; the hidden version turns a stale edit into a conflict message.</summary>
[Authorize(Policy = Permissions.InstitutionsManage)]
public sealed class EditModel(InstitutionQueries queries, InstitutionWriter writer, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public InstitutionDraft Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    public bool IsActive { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            return Page();
        }

        var institution = await queries.FindAsync(id, cancellationToken);
        if (institution is null)
        {
            return NotFound();
        }

        Input = new InstitutionDraft
        {
            Code = institution.Code,
            NameFr = institution.NameFr,
            NameAr = institution.NameAr,
            Type = institution.Type.ToString(),
            ProvinceCodes = institution.ProvinceCodes,
            Services = institution.Services.Select(s => s.ToString()).ToList(),
            ContactEmail = institution.ContactEmail,
            ContactPhone = institution.ContactPhone,
        };
        Version = institution.Version;
        IsActive = institution.IsActive;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var outcome = Id is { } id
            ? await writer.UpdateAsync(id, Input, Version, User, cancellationToken)
            : await writer.CreateAsync(Input, User, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, localizer["Institutions.Conflict"]);
            return await ReloadAsync(cancellationToken);
        }

        if (outcome.Institution is null)
        {
            ModelState.AddErrors(outcome.Errors, localizer, field => "Input." + field);
            return await ReloadAsync(cancellationToken);
        }

        TempData["Status"] = localizer["Institutions.Saved"].Value;
        return RedirectToPage("Edit", new { id = outcome.Institution.Id });
    }

    public async Task<IActionResult> OnPostActiveAsync(bool active, CancellationToken cancellationToken)
    {
        if (Id is not { } id)
        {
            return NotFound();
        }

        var outcome = await writer.SetActiveAsync(id, active, Version, User, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Conflict)
        {
            ModelState.AddModelError(string.Empty, localizer["Institutions.Conflict"]);
            return await ReloadAsync(cancellationToken);
        }

        TempData["Status"] = localizer[active ? "Institutions.Reactivated" : "Institutions.Deactivated"].Value;
        return RedirectToPage("Edit", new { id });
    }

    /// <summary>Shows the form again with the submitted values and the current active state.</summary>
    private async Task<IActionResult> ReloadAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id && await queries.FindAsync(id, cancellationToken) is { } current)
        {
            IsActive = current.IsActive;
        }

        return Page();
    }
}
