using EMnr.Core.Data;
using EMnr.Core.Reports;
using EMnr.Web.Features.Communications;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using EMnr.Web.Pages.Communications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Pages.Reports;

[Authorize(Policy = Permissions.CaseworkRead)]
public sealed class IndexModel(EMnrDbContext db, ReportQueries queries, IOptions<CaseworkOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Unassigned { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool MyInstitution { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Crisis { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    public CommunicationFormOptions Options { get; private set; } = new();

    [BindProperty(SupportsGet = true)]
    public bool Urgent { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public KeysetPage<ReportSummary>? Results { get; private set; }

    public int ReasonableGroundsDays => options.Value.ReasonableGroundsDays;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Options = await CommunicationFormOptions.LoadAsync(db, cancellationToken);
        KeysetCursor? after = KeysetCursor.TryDecode(Cursor, out var decoded) ? decoded : null;
        var filter = new ReportFilter
        {
            Mine = Mine,
            Unassigned = Unassigned,
            MyInstitution = MyInstitution,
            CrisisId = Crisis,
            ProvinceCode = string.IsNullOrEmpty(Province) ? null : Province,
            UrgentOnly = Urgent,
            Status = Enum.TryParse<ReportStatus>(Status, out var status) && Enum.IsDefined(status) ? status : null,
            Search = Q is { Length: <= 100 } ? Q : null,
        };
        Results = await queries.ListAsync(User, filter, after, 50, cancellationToken);
    }

    public Dictionary<string, string?> RouteWith(string? cursor) => new()
    {
        ["mine"] = Mine ? "true" : null,
        ["unassigned"] = Unassigned ? "true" : null,
        ["myInstitution"] = MyInstitution ? "true" : null,
        ["crisis"] = Crisis?.ToString(),
        ["province"] = Province,
        ["urgent"] = Urgent ? "true" : null,
        ["status"] = Status,
        ["q"] = Q,
        ["cursor"] = cursor,
    };
}
