using System.ComponentModel.DataAnnotations;
using EMnr.Core.Time;
using EMnr.Web.Features.Imports;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Pages.Imports;

/// <summary>Uploads a call-log file, shows its preview, and imports it on confirmation.</summary>
[Authorize(Policy = Permissions.CommunicationsImport)]
public sealed class IndexModel(CallLogImporter importer, IOptions<CommunicationOptions> options) : PageModel
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
            ModelState.AddModelError(FileField, "Choisissez un fichier CSV à importer.");
            return Page();
        }

        if (file.Length > options.Value.MaxImportBytes)
        {
            ModelState.AddModelError(FileField,
                $"Le fichier dépasse la taille maximale de {MaxImportMegabytes} Mo. Divisez-le en plusieurs fichiers.");
            return Page();
        }

        var content = await ImportEndpoints.ReadAllAsync(file, cancellationToken);
        var preview = await importer.UploadAsync(file.FileName, content, User, cancellationToken);
        if (preview.BatchId is not { } batchId)
        {
            foreach (var error in preview.Errors)
            {
                ModelState.AddModelError(FileField, error.Message);
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
                    ? $"{confirmation.Imported} communication(s) importée(s)."
                    : $"{confirmation.Imported} communication(s) importée(s) ; {confirmation.Skipped} ligne(s) ignorée(s) car déjà importée(s) ou en double dans le fichier.";
                return RedirectToPage();

            case ConfirmStatus.AlreadyConfirmed:
                ModelState.AddModelError(string.Empty,
                    $"Ce fichier a déjà été importé le {MoroccoTime.Format(outcome.ConfirmedAt!.Value)} : rien n'a été ajouté. " +
                    "Déposez-le de nouveau pour importer les lignes ajoutées depuis.");
                break;

            default:
                ModelState.AddModelError(string.Empty,
                    $"Le fichier contient {outcome.ErrorCount} erreur(s) : rien n'a été importé. Corrigez les lignes indiquées et déposez le fichier de nouveau.");
                break;
        }

        Preview = await importer.PreviewAsync(batchId, User, cancellationToken);
        return Page();
    }

    /// <summary>The upload form's file, or the batch to confirm.</summary>
    public sealed class InputModel
    {
        [Display(Name = "Fichier CSV")]
        public IFormFile? File { get; set; }

        public Guid? BatchId { get; set; }
    }
}
