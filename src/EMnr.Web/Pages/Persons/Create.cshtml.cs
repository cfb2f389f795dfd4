using EMnr.Core.Persons;
using EMnr.Core.Reports;
using EMnr.Core.Time;
using EMnr.Web.Features.Authorization;
using EMnr.Web.Features.Persons;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Persons;

[Authorize(Policy = Permissions.CaseworkWrite)]
public sealed class CreateModel(PersonWriter writer, RecordAccess access, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ReportId { get; set; }

    [BindProperty]
    public PersonForm Input { get; set; } = new();

    /// <summary>Shows the form only for a report that the caller may add persons to; any other id returns 404.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await access.FindAsync<Report>(User, ReportId, CaseOperations.Write, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var dateOfBirth = MoroccoTime.TryParseDate(Input.DateOfBirth);
        if (!string.IsNullOrWhiteSpace(Input.DateOfBirth) && dateOfBirth is null)
        {
            ModelState.AddModelError("Input.DateOfBirth", localizer["List.DateFormat"]);
            return Page();
        }

        var draft = new PersonDraft
        {
            NameLatin = Input.NameLatin,
            NameArabic = Input.NameArabic,
            Sex = Input.Sex,
            DateOfBirth = dateOfBirth,
            EstimatedAgeMin = ParseAge(Input.EstimatedAgeMin),
            EstimatedAgeMax = ParseAge(Input.EstimatedAgeMax),
            Nationality = Input.Nationality?.Trim().ToUpperInvariant(),
            Vulnerabilities = Input.Vulnerabilities,
            GuardianName = Input.GuardianName,
            GuardianRelation = Input.GuardianRelation,
        };
        var outcome = await writer.AddToReportAsync(ReportId, draft, User, cancellationToken);
        if (outcome is null)
        {
            return NotFound();
        }

        if (outcome.Succeeded)
        {
            return RedirectToPage("/Reports/Details", new { id = ReportId });
        }

        foreach (var (field, messages) in outcome.Errors)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError("Input." + field, Localize(field, message, draft));
            }
        }

        return Page();
    }

    // The validator's nationality message contains the typed code, so it cannot be a resource key.
    private string Localize(string field, string message, PersonDraft draft) =>
        field == nameof(PersonDraft.Nationality)
            ? string.Format(System.Globalization.CultureInfo.CurrentCulture, localizer["Persons.UnknownNationality"], draft.Nationality)
            : localizer[message];

    /// <summary>Parses an age typed with Latin or Arabic-Indic digits; text that is not a number becomes an impossible age so the range check reports it.</summary>
    private static int? ParseAge(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(Digits.ToAscii(text.Trim()), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var age) ? age : -1;
}

/// <summary>Fields of the person form, as typed.</summary>
public sealed class PersonForm
{
    public string? NameLatin { get; set; }

    public string? NameArabic { get; set; }

    public string? Sex { get; set; } = nameof(Core.Persons.Sex.Unknown);

    /// <summary><c>dd/MM/yyyy</c>, Latin or Arabic-Indic digits.</summary>
    public string? DateOfBirth { get; set; }

    public string? EstimatedAgeMin { get; set; }

    public string? EstimatedAgeMax { get; set; }

    public string? Nationality { get; set; }

    public List<string> Vulnerabilities { get; set; } = [];

    public string? GuardianName { get; set; }

    public string? GuardianRelation { get; set; }
}
