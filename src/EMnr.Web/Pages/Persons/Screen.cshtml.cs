using System.Globalization;
using EMnr.Core.Data;
using EMnr.Core.Persons;
using EMnr.Core.Reports;
using EMnr.Core.Screening;
using EMnr.Core.Time;
using EMnr.Web.Features.Authorization;
using EMnr.Web.Features.Screening;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Persons;

/// <summary>
/// Indicator screening of one person in one report: tick indicators, see the computed suggestion
/// and its reasons, then agree or override with a reason.
/// </summary>
[Authorize(Policy = Permissions.CaseworkWrite)]
public sealed class ScreenModel(
    EMnrDbContext db,
    RecordAccess access,
    CaseAssessment assessment,
    IndicatorGuides guides,
    IClock clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ReportId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? List { get; set; }

    [BindProperty]
    public List<string> Ticked { get; set; } = [];

    /// <summary>Notes typed next to indicators, by indicator code.</summary>
    [BindProperty]
    public Dictionary<string, string?> Notes { get; set; } = [];

    [BindProperty]
    public bool Agrees { get; set; } = true;

    [BindProperty]
    public string? OverrideReason { get; set; }

    public string PersonCode { get; private set; } = "";

    public bool IsChild { get; private set; }

    public IndicatorList SelectedList { get; private set; }

    public ScreeningSuggestion? Suggestion { get; private set; }

    public string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public IEnumerable<IGrouping<ScreeningDimension, Indicator>> IndicatorsByDimension =>
        Guide.Indicators.Where(i => i.List == SelectedList).GroupBy(i => i.Dimension);

    /// <summary>The guide version new screenings use.</summary>
    public IndicatorGuideVersion Guide { get; private set; } = IndicatorGuide2009.Version;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostPreviewAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = ScreeningEngine.Screen(Guide, SelectedList, Ticked, IsChild);
        if (!result.IsValid)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Ticked), error.Message);
            }

            return Page();
        }

        Suggestion = result.Suggestion;
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken)
    {
        var request = new ScreeningRequest
        {
            List = List,
            Indicators = Ticked.Select(code => new TickedIndicatorRequest(code, Notes.GetValueOrDefault(code))).ToList(),
            AgreesWithSuggestion = Agrees,
            OverrideReason = OverrideReason,
        };
        var outcome = await assessment.ScreenAsync(ReportId, id, request, User, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Value is not null)
        {
            TempData["Status"] = localizer["Screening.Saved"].Value;
            return RedirectToPage("Details", new { id, reportId = ReportId });
        }

        await LoadAsync(id, cancellationToken);
        Suggestion = ScreeningEngine.Screen(Guide, SelectedList, Ticked, IsChild).Suggestion;
        ModelState.AddErrors(outcome.Errors, localizer, field => field == "overrideReason" ? nameof(OverrideReason) : nameof(Ticked));

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var report = await access.FindAsync<Report>(User, ReportId, CaseOperations.Write, cancellationToken);
        if (report is null || !await db.ReportPersons.AnyAsync(rp => rp.ReportId == ReportId && rp.PersonId == id, cancellationToken))
        {
            return false;
        }

        var person = await db.Persons.AsNoTracking().FirstAsync(p => p.Id == id, cancellationToken);
        Guide = await guides.CurrentAsync(cancellationToken);
        PersonCode = person.Code;
        IsChild = Age.ChildRuleApplies(person, report.FactsFrom, MoroccoTime.ToLocalDate(clock.UtcNow));
        var fallback = IsChild ? IndicatorList.ChildLabour : IndicatorList.AdultLabour;
        SelectedList = Enum.TryParse<IndicatorList>(List, out var chosen) && Enum.IsDefined(chosen) ? chosen : fallback;
        List = SelectedList.ToString();
        return true;
    }
}
