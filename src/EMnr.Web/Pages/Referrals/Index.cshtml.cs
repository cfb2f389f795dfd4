using EMnr.Core.Communications;
using EMnr.Core.Referrals;
using EMnr.Web.Features.Communications;
using EMnr.Web.Features.Referrals;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EMnr.Web.Pages.Referrals;

/// <summary>The inbox, the outbox and, for Commission reviewers, the overview of every referral.</summary>
[Authorize(Policy = Permissions.ReferralsRead)]
public sealed class IndexModel(ReferralQueries queries) : PageModel
{
    /// <summary>Tabs of a box, each a set of statuses or the overdue ones.</summary>
    public static readonly IReadOnlyList<(string Name, ReferralStatus[] Statuses)> Tabs =
    [
        ("All", []),
        ("ToAcknowledge", [ReferralStatus.Sent]),
        ("Overdue", []),
        ("ToDecide", [ReferralStatus.Acknowledged]),
        ("InProgress", [ReferralStatus.Accepted, ReferralStatus.InProgress]),
        ("Closed", [ReferralStatus.Completed, ReferralStatus.Declined, ReferralStatus.Cancelled]),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Box { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tab { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? ReportId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public ReferralBox BoxValue { get; private set; }

    public KeysetPage<ReferralSummary>? Results { get; private set; }

    public IReadOnlyDictionary<string, int> Counts { get; private set; } = new Dictionary<string, int>();

    public int OverdueCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        BoxValue = CommunicationDraftValidator.BeDefined<ReferralBox>(Box) ? Enum.Parse<ReferralBox>(Box!, ignoreCase: true) : ReferralBox.Inbox;
        if (BoxValue == ReferralBox.All && !CaseScope.SeesAll(User))
        {
            return Forbid();
        }

        var tab = Tabs.FirstOrDefault(t => string.Equals(t.Name, Tab, StringComparison.OrdinalIgnoreCase));
        Tab = tab.Name ?? "All";
        var filter = new ReferralFilter
        {
            Statuses = tab.Statuses ?? [],
            OverdueOnly = Tab == "Overdue",
            Kind = CommunicationDraftValidator.BeDefined<ReferralKind>(Kind) ? Enum.Parse<ReferralKind>(Kind!, ignoreCase: true) : null,
            ReportId = ReportId,
        };
        var after = KeysetCursor.TryDecode(Cursor, out var decoded) ? decoded : (KeysetCursor?)null;
        Results = await queries.ListAsync(User, BoxValue, filter, after, 50, cancellationToken);
        (var counts, OverdueCount) = await queries.CountAsync(User, BoxValue, cancellationToken);
        Counts = counts;
        return Page();
    }

    /// <summary>Number shown on a tab.</summary>
    public int CountOf(string tab) => tab switch
    {
        "All" => Counts.Values.Sum(),
        "Overdue" => OverdueCount,
        _ => Tabs.First(t => t.Name == tab).Statuses.Sum(s => Counts.GetValueOrDefault(s.ToString())),
    };

    public Dictionary<string, string?> RouteWith(string? tab, string? cursor = null) => new()
    {
        ["box"] = BoxValue.ToString().ToLowerInvariant(),
        ["tab"] = tab,
        ["kind"] = Kind,
        ["reportId"] = ReportId?.ToString(),
        ["cursor"] = cursor,
    };
}
