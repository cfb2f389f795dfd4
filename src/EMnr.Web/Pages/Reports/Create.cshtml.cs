using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Reports;
using EMnr.Core.Time;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using EMnr.Web.Pages.Communications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Reports;

[Authorize(Policy = Permissions.CaseworkWrite)]
public sealed class CreateModel(
    EMnrDbContext db,
    ReportWriter writer,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? CommunicationId { get; set; }

    [BindProperty]
    public ReportForm Input { get; set; } = new();

    public CommunicationFormOptions Options { get; private set; } = new();

    public Communication? Communication { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new ReportForm
        {
            Source = Communication is null ? nameof(ReportSource.Institution) : nameof(ReportSource.ReportingLine),
            ProvinceCode = Communication?.ProvinceCode,
            CrisisId = Communication?.CrisisId,
            Narrative = Communication?.Summary,
            FactsFrom = Communication is null ? null : MoroccoTime.ToLocalDate(Communication.ReceivedAt).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var factsFrom = MoroccoTime.TryParseDate(Input.FactsFrom);
        var factsTo = MoroccoTime.TryParseDate(Input.FactsTo);
        if (!string.IsNullOrWhiteSpace(Input.FactsFrom) && factsFrom is null)
        {
            ModelState.AddModelError("Input.FactsFrom", localizer["List.DateFormat"]);
        }

        if (!string.IsNullOrWhiteSpace(Input.FactsTo) && factsTo is null)
        {
            ModelState.AddModelError("Input.FactsTo", localizer["List.DateFormat"]);
        }

        if (ModelState.ErrorCount == 0)
        {
            var draft = new ReportDraft
            {
                CommunicationId = CommunicationId,
                Source = Input.Source,
                ProvinceCode = Input.ProvinceCode,
                Commune = Input.Commune,
                FactsFrom = factsFrom,
                FactsTo = factsTo,
                Narrative = Input.Narrative,
                ExploitationForms = Input.ExploitationForms,
                IndicatorsObserved = Input.IndicatorsObserved,
                PerpetratorsDescription = Input.PerpetratorsDescription,
                Priority = Input.Urgent ? nameof(ReportPriority.Urgent) : nameof(ReportPriority.Normal),
                CrisisId = Input.CrisisId,
            };
            var outcome = await writer.CreateAsync(draft, User, cancellationToken);
            if (outcome.Succeeded)
            {
                TempData["Status"] = string.Format(System.Globalization.CultureInfo.CurrentCulture, localizer["Reports.Created"], outcome.Report!.Reference);
                return RedirectToPage("Details", new { id = outcome.Report.Id });
            }

            if (outcome.Conflict is { } conflict)
            {
                ModelState.AddModelError(string.Empty, localizer[conflict]);
            }

            ModelState.AddErrors(outcome.Errors, localizer, field => field == nameof(ReportDraft.CommunicationId) ? string.Empty : "Input." + field);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Options = await CommunicationFormOptions.LoadAsync(db, cancellationToken);
        if (CommunicationId is { } id)
        {
            var communication = await db.Communications.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            var visible = communication is not null
                && (Permissions.SeeAllCommunications.Any(User.IsInRole) || communication.InstitutionId == User.GetInstitutionId());
            Communication = visible ? communication : null;
        }
    }
}

/// <summary>Fields of the report form, as typed.</summary>
public sealed class ReportForm
{
    public string? Source { get; set; }

    public string? ProvinceCode { get; set; }

    public string? Commune { get; set; }

    /// <summary>Local date, <c>dd/MM/yyyy</c>.</summary>
    public string? FactsFrom { get; set; }

    public string? FactsTo { get; set; }

    public string? Narrative { get; set; }

    public List<string> ExploitationForms { get; set; } = [];

    public string? IndicatorsObserved { get; set; }

    public string? PerpetratorsDescription { get; set; }

    public bool Urgent { get; set; }

    public Guid? CrisisId { get; set; }
}
