using System.Text.Json;
using EMnr.Core.Identity;
using EMnr.Core.Persons;
using EMnr.Web.Features.Persons;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Persons;

/// <summary>A person's request under Law 09-08: export of their data, and correction of the identity.</summary>
[Authorize(Policy = Permissions.PersonalDataRequests)]
public sealed class DataRequestModel(
    CaseScope scope, PersonDataExport exporter, PersonCorrections corrections, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string Code { get; private set; } = "";

    public IReadOnlyList<PersonCorrection> History { get; private set; } = [];

    public bool CanReadHistory => User.IsInRole(Roles.CommissionReviewer);

    [BindProperty]
    public string? Field { get; set; }

    [BindProperty]
    public string? Value { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken cancellationToken)
    {
        var export = await exporter.ExportAsync(id, User, cancellationToken);
        if (export is null)
        {
            return NotFound();
        }

        return format == "csv"
            ? File(PersonDataExport.ToCsv(export), "text/csv; charset=utf-8", $"{export.Identity.Code}.csv")
            : File(JsonSerializer.SerializeToUtf8Bytes(export, JsonSerializerOptions.Web), "application/json", $"{export.Identity.Code}.json");
    }

    public async Task<IActionResult> OnPostCorrectAsync(Guid id, CancellationToken cancellationToken)
    {
        var changes = new Dictionary<string, JsonElement>();
        if (!string.IsNullOrEmpty(Field))
        {
            changes[Field] = JsonSerializer.SerializeToElement(string.IsNullOrWhiteSpace(Value) ? null : Value);
        }

        var outcome = await corrections.CorrectAsync(id, new CorrectionRequest { Reason = Reason, Changes = changes }, User, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Correction is not null)
        {
            TempData["Status"] = localizer["Correction.Saved"].Value;
            return RedirectToPage("Details", new { id });
        }

        if (outcome.Conflict is not null)
        {
            ModelState.AddModelError(nameof(Value), localizer[outcome.Conflict]);
        }

        ModelState.AddErrors(outcome.Errors, localizer, field => field switch
        {
            "reason" => nameof(Reason),
            "changes" => nameof(Field),
            _ when PersonCorrections.Fields.Contains(field) => nameof(Value),
            _ => nameof(Field),
        });
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var code = await scope.IdentifiedPersons(User).Where(p => p.Id == id).Select(p => p.Code).FirstOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return false;
        }

        Code = code;
        if (CanReadHistory)
        {
            History = await corrections.HistoryAsync(id, User, cancellationToken) ?? [];
        }

        return true;
    }
}
