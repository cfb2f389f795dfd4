using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EMnr.Core.Time;
using EMnr.Web.Features.Imports;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Pages.Imports;

/// <summary>Uploads a call-log file, shows its preview, and imports it on confirmation.</summary>
[Authorize(Policy = Permissions.CommunicationsImport)]
public sealed class IndexModel(
    CallLogImporter importer,
    IOptions<CommunicationOptions> options,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const string FileField = $"{nameof(Input)}.{nameof(InputModel.File)}";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Preview of the batch named in the query string, if any.</summary>
    public ImportPreview? Preview { get; private set; }

    /// <summary>Outcome of the last confirmation, kept across the redirect that follows it.</summary>
    [TempData]
    public string? ResultMessage { get; set; }

    public int MaxImportMegabytes => Math.Max(1, options.Value.MaxImportBytes / (1024 * 1024));

    public int MaxImportRows => options.Value.MaxImportRows;

    /// <summary>
    /// Wraps a date or code in Unicode left-to-right isolate marks, so that inside an Arabic sentence it keeps
    /// its left-to-right order, as <c>dir="ltr"</c> does for an element.
    /// </summary>
    public static string LeftToRight(string text) => $"\u2066{text}\u2069";

    public async Task<IActionResult> OnGetAsync(Guid? batchId, CancellationToken cancellationToken)
    {
        if (batchId is { } id)
        {
            Preview = await importer.PreviewAsync(id, User, cancellationToken);
            if (Preview is null)
            {
                return NotFound();
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken cancellationToken)
    {
        if (Input.File is not { Length: > 0 } file)
        {
            ModelState.AddModelError(FileField, localizer["Import.FileMissing"]);
            return Page();
        }

        if (file.Length > options.Value.MaxImportBytes)
        {
            ModelState.AddModelError(FileField,
                string.Format(CultureInfo.CurrentCulture, localizer["Import.FileTooLarge"], MaxImportMegabytes));
            return Page();
        }

        var content = await ImportEndpoints.ReadAllAsync(file, cancellationToken);
        var preview = await importer.UploadAsync(file.FileName, content, User, cancellationToken);
        if (preview.BatchId is not { } batchId)
        {
            // The parser's messages are English. Those with a resource keyed by their text are shown translated.
            foreach (var error in preview.Errors)
            {
                ModelState.AddModelError(FileField, localizer[error.Message]);
            }

            return Page();
        }

        return RedirectToPage(new { batchId });
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken cancellationToken)
    {
        if (Input.BatchId is not { } batchId)
        {
            return RedirectToPage();
        }

        var outcome = await importer.ConfirmAsync(batchId, User, cancellationToken);
        switch (outcome.Status)
        {
            case ConfirmStatus.NotFound:
                return NotFound();

            case ConfirmStatus.Imported:
                var confirmation = outcome.Confirmation!;
                ResultMessage = confirmation.Skipped == 0
                    ? string.Format(CultureInfo.CurrentCulture, localizer["Import.Imported"], confirmation.Imported)
                    : string.Format(CultureInfo.CurrentCulture, localizer["Import.ImportedWithSkipped"],
                        confirmation.Imported, confirmation.Skipped);
                return RedirectToPage();

            case ConfirmStatus.AlreadyConfirmed:
                ModelState.AddModelError(string.Empty, string.Format(CultureInfo.CurrentCulture,
                    localizer["Import.AlreadyConfirmed"], LeftToRight(MoroccoTime.Format(outcome.ConfirmedAt!.Value))));
                break;

            default:
                ModelState.AddModelError(string.Empty,
                    string.Format(CultureInfo.CurrentCulture, localizer["Import.HasErrors"], outcome.ErrorCount));
                break;
        }

        Preview = await importer.PreviewAsync(batchId, User, cancellationToken);
        return Page();
    }

    /// <summary>The upload form's file, or the batch to confirm.</summary>
    public sealed class InputModel
    {
        [Display(Name = "Import.File")]
        public IFormFile? File { get; set; }

        public Guid? BatchId { get; set; }
    }
}
