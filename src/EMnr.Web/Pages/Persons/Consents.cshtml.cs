using EMnr.Core.Data;
using EMnr.Core.Institutions;
using EMnr.Core.Persons;
using EMnr.Core.Time;
using EMnr.Web.Features.Persons;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Persons;

/// <summary>
/// A person's consent ledger. It shows the person by pseudonymous code only, so reading it is not
/// an identity read; recording and withdrawing are audited.
/// </summary>
[Authorize(Policy = Permissions.CaseworkRead)]
public sealed class ConsentsModel(
    EMnrDbContext db,
    CaseScope scope,
    ConsentWriter writer,
    IAuthorizationService authorization,
    IClock clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public string PersonCode { get; private set; } = "";

    public bool PersonIsChild { get; private set; }

    public IReadOnlyList<ConsentResponse> Consents { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> InstitutionNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<Institution> Institutions { get; private set; } = [];

    public bool CanWrite { get; private set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ReportId { get; set; }

    [BindProperty]
    public string? Recipient { get; set; }

    [BindProperty]
    public string? Purpose { get; set; }

    [BindProperty]
    public string? GivenBy { get; set; }

    [BindProperty]
    public string? GivenAt { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    [BindProperty]
    public string? WithdrawalReason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRecordAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.CaseworkWrite)).Succeeded)
        {
            return Forbid();
        }

        // The recipient list contains institutions by id ("i:") and types by name ("t:"), so that one field carries both.
        var request = new ConsentRequest
        {
            RecipientInstitutionId = Recipient?.StartsWith("i:", StringComparison.Ordinal) == true && Guid.TryParse(Recipient[2..], out var institutionId) ? institutionId : null,
            RecipientType = Recipient?.StartsWith("t:", StringComparison.Ordinal) == true ? Recipient[2..] : null,
            Purpose = Purpose,
            GivenBy = GivenBy,
            GivenAt = MoroccoTime.TryParseLocal(GivenAt),
            Evidence = Evidence,
        };
        var outcome = await writer.RecordAsync(id, request, User, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Consent is not null)
        {
            TempData["Status"] = localizer["Consent.Recorded"].Value;
            return RedirectToPage(new { id, reportId = ReportId });
        }

        if (!string.IsNullOrEmpty(GivenAt) && request.GivenAt is null)
        {
            ModelState.AddModelError(nameof(GivenAt), localizer["Consent.GivenAtFormat"]);
        }

        ModelState.AddErrors(outcome.Errors, localizer, field => field switch
        {
            nameof(ConsentRequest.RecipientInstitutionId) or nameof(ConsentRequest.RecipientType) => nameof(Recipient),
            _ => field,
        });
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, Guid consentId, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Permissions.CaseworkWrite)).Succeeded)
        {
            return Forbid();
        }

        var outcome = await writer.WithdrawAsync(id, consentId, new ConsentWithdrawalRequest { Reason = WithdrawalReason }, User, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Consent is not null)
        {
            TempData["Status"] = localizer["Consent.Withdrawn"].Value;
            return RedirectToPage(new { id, reportId = ReportId });
        }

        if (outcome.Conflict is { } conflict)
        {
            ModelState.AddModelError(nameof(WithdrawalReason), localizer[conflict]);
        }

        ModelState.AddErrors(outcome.Errors, localizer, _ => nameof(WithdrawalReason));
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var person = await scope.Persons(User).Select(p => new { p.Id, p.Code, p.DateOfBirth, p.EstimatedAgeMin })
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return false;
        }

        PersonCode = person.Code;
        PersonIsChild = Age.IsChild(new Person { DateOfBirth = person.DateOfBirth, EstimatedAgeMin = person.EstimatedAgeMin },
            MoroccoTime.ToLocalDate(clock.UtcNow)) == true;
        CanWrite = (await authorization.AuthorizeAsync(User, Permissions.CaseworkWrite)).Succeeded
            && await scope.OwnedPersons(User).AnyAsync(p => p.Id == id, cancellationToken);
        Consents = (await writer.ListAsync(id, User, null, 100, [], cancellationToken))?.Items ?? [];
        Institutions = await db.Institutions.AsNoTracking().Where(i => i.IsActive && i.Type != InstitutionType.Commission)
            .OrderBy(i => i.NameFr).Take(500).ToListAsync(cancellationToken);
        var named = Consents.Where(c => c.RecipientInstitutionId is not null).Select(c => c.RecipientInstitutionId!.Value).Distinct().ToList();
        var arabic = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        InstitutionNames = await db.Institutions.Where(i => named.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => arabic ? i.NameAr : i.NameFr, cancellationToken);
        GivenBy ??= PersonIsChild ? nameof(ConsentGiver.Guardian) : nameof(ConsentGiver.Person);
        GivenAt ??= MoroccoTime.ToLocal(clock.UtcNow).ToString(MoroccoTime.DisplayPattern, System.Globalization.CultureInfo.InvariantCulture);
        return true;
    }
}
