using EMnr.Core.Data;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Audit;

/// <summary>The audit trail, newest first, with filters and the chain verification.</summary>
[Authorize(Policy = Permissions.AuditRead)]
public sealed class IndexModel(
    EMnrDbContext db, AuditQueries queries, AuditChainVerifier verifier, IStringLocalizer<SharedResource> localizer) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? UserEmail { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? InstitutionId { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? ActionName { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RecordType { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? RecordId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<SelectListItem> Institutions { get; private set; } = [];

    public AuditPage? Results { get; private set; }

    public AuditVerification? Verification { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        Verification = await verifier.VerifyAsync(cancellationToken);
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Dictionary<string, string?> RouteWith(string? cursor) => new()
    {
        ["userEmail"] = UserEmail,
        ["institutionId"] = InstitutionId,
        ["action"] = ActionName,
        ["recordType"] = RecordType,
        ["recordId"] = RecordId,
        ["from"] = From,
        ["to"] = To,
        ["cursor"] = cursor,
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Institutions = await db.Institutions.AsNoTracking().OrderBy(i => i.NameFr)
            .Select(i => new SelectListItem(i.NameFr, i.Id.ToString()))
            .ToListAsync(cancellationToken);

        var errors = new Dictionary<string, string[]>();
        var values = new Dictionary<string, string?>
        {
            ["institutionId"] = InstitutionId,
            ["action"] = ActionName,
            ["recordType"] = RecordType,
            ["recordId"] = RecordId,
            ["from"] = From,
            ["to"] = To,
        };
        var filter = AuditFilterParser.Parse(name => values.GetValueOrDefault(name), errors);
        var before = AuditFilterParser.ParseCursor(Cursor, errors);
        if (!string.IsNullOrWhiteSpace(UserEmail))
        {
            var userId = UserEmail.Length <= 256 ? await queries.FindUserIdAsync(UserEmail, cancellationToken) : null;
            if (userId is null)
            {
                errors["userEmail"] = ["No account has this e-mail address."];
            }

            filter = filter with { UserId = userId };
        }

        foreach (var (field, _) in errors)
        {
            ModelState.AddModelError(PageField(field), localizer[ErrorKey(field, errors[field][0])]);
        }

        if (errors.Count == 0)
        {
            Results = await queries.ListAsync(filter, before, PageSize, cancellationToken);
        }
    }

    private static string PageField(string field) => field switch
    {
        "action" => nameof(ActionName),
        _ => char.ToUpperInvariant(field[0]) + field[1..],
    };

    private static string ErrorKey(string field, string message) => field switch
    {
        "userEmail" => "Audit.UnknownEmail",
        "from" or "to" when message.Contains("before", StringComparison.Ordinal) => "Audit.EndBeforeStart",
        "from" or "to" => "Audit.InvalidDate",
        "institutionId" => "Audit.InvalidInstitution",
        "recordId" => "Audit.InvalidRecordId",
        "cursor" => "Audit.InvalidCursor",
        _ => "Audit.InvalidCode",
    };
}
