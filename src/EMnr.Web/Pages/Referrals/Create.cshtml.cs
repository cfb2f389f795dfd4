using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Institutions;
using EMnr.Core.Persons;
using EMnr.Core.Referrals;
using EMnr.Core.Reports;
using EMnr.Core.Time;
using EMnr.Web.Features.Persons;
using EMnr.Web.Features.Referrals;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Referrals;

/// <summary>
/// Refers persons of a report. The server suggests recipients for the kind, the service and the
/// report's province. Each person shows the rule that lets the identity go, or why it cannot.
/// </summary>
[Authorize(Policy = Permissions.ReferralsWrite)]
public sealed class CreateModel(
    EMnrDbContext db,
    ReportQueries reports,
    ReferralQueries queries,
    ReferralSender sender,
    ConsentLedger consents,
    IClock clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>A person of the report with the rule that applies to sharing the identity with the chosen recipient.</summary>
    public sealed record PersonRow(Person Person, bool Child, string Rule, bool CanShare);

    [BindProperty(SupportsGet = true)]
    public Guid ReportId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Service { get; set; }

    [BindProperty]
    public Guid? ToInstitutionId { get; set; }

    [BindProperty]
    public bool Urgent { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public List<Guid> Selected { get; set; } = [];

    [BindProperty]
    public List<Guid> Share { get; set; } = [];

    public Report Report { get; private set; } = null!;

    public IReadOnlyList<RecipientSuggestion> Suggestions { get; private set; } = [];

    public IReadOnlyList<PersonRow> Rows { get; private set; } = [];

    /// <summary>True after a send failed because an identity could not be shared, to offer sending without it.</summary>
    public bool IdentityBlocked { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Recomputes the suggestions and the per-person rules for the chosen kind, service and recipient.</summary>
    public async Task<IActionResult> OnPostRefreshAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SendAsync(withIdentity: true, cancellationToken);

    public Task<IActionResult> OnPostWithoutIdentityAsync(CancellationToken cancellationToken) => SendAsync(withIdentity: false, cancellationToken);

    private async Task<IActionResult> SendAsync(bool withIdentity, CancellationToken cancellationToken)
    {
        var request = new ReferralRequest
        {
            ReportId = ReportId,
            Kind = Kind,
            Service = Kind == nameof(ReferralKind.Service) ? Service : null,
            ToInstitutionId = ToInstitutionId,
            Urgent = Urgent,
            Reason = Reason,
            Persons = Selected.Distinct().Select(id => new ReferralPersonRequest(id, withIdentity && Share.Contains(id))).ToList(),
        };
        var outcome = await sender.SendAsync(request, User, cancellationToken);
        if (outcome.Succeeded)
        {
            return RedirectToPage("Details", new { id = outcome.Referral!.Id });
        }

        IdentityBlocked = outcome.Errors.Keys.Any(k => k.EndsWith(".ShareIdentity", StringComparison.Ordinal));
        foreach (var (field, messages) in outcome.Errors)
        {
            var key = field.StartsWith("Persons[", StringComparison.Ordinal)
                ? "Person-" + request.Persons[int.Parse(field[8..field.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)].PersonId
                : field;
            foreach (var message in messages)
            {
                ModelState.AddModelError(key, localizer[message]);
            }
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var report = await reports.FindAsync(User, ReportId, cancellationToken);
        if (report is null)
        {
            return false;
        }

        Report = report;
        var kind = CommunicationDraftValidator.BeDefined<ReferralKind>(Kind) ? Enum.Parse<ReferralKind>(Kind!, ignoreCase: true) : (ReferralKind?)null;
        var service = CommunicationDraftValidator.BeDefined<ServiceKind>(Service) ? Enum.Parse<ServiceKind>(Service!, ignoreCase: true) : (ServiceKind?)null;
        if (kind is { } k && (k != ReferralKind.Service || service is not null))
        {
            Suggestions = await queries.SuggestRecipientsAsync(User, k, service, report.ProvinceCode, cancellationToken);
        }

        var recipient = ToInstitutionId is { } id ? await db.Institutions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) : null;
        var today = MoroccoTime.ToLocalDate(clock.UtcNow);
        var rows = new List<PersonRow>();
        foreach (var person in await reports.PersonRecordsAsync(User, ReportId, cancellationToken))
        {
            var child = Age.ChildRuleApplies(person, report.FactsFrom, today);
            rows.Add(await RowAsync(person, child, kind, service, recipient, cancellationToken));
        }

        Rows = rows;
        return true;
    }

    private async Task<PersonRow> RowAsync(
        Person person, bool child, ReferralKind? kind, ServiceKind? service, Institution? recipient, CancellationToken cancellationToken)
    {
        if (kind is null || recipient is null)
        {
            return new PersonRow(person, child, "Referrals.Rule.ChooseRecipient", true);
        }

        if (ReferralRules.BasisWithoutConsent(kind.Value, recipient.Type, child) is { } basis)
        {
            return new PersonRow(person, child, "LegalBasis." + basis, true);
        }

        var consent = service is { } s ? await consents.FindValidAsync(person.Id, recipient, s, clock.UtcNow, cancellationToken) : null;
        return consent is null
            ? new PersonRow(person, child, child ? "Referrals.Rule.NoGuardianConsent" : "Referrals.Rule.NoConsent", false)
            : new PersonRow(person, child, "Referrals.Rule.ConsentOnRecord", true);
    }
}
