using EMnr.Core.Institutions;
using EMnr.Web.Features.Institutions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EMnr.Web.Pages.Institutions;

/// <summary>Directory of partner institutions, open to every signed-in account.</summary>
public sealed class IndexModel(InstitutionQueries queries) : PageModel
{
    private const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public ServiceKind? Service { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    [BindProperty(SupportsGet = true)]
    public InstitutionType? Type { get; set; }

    /// <summary>"all", "inactive" or empty for active institutions only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public IReadOnlyList<Institution> Items { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public int Total { get; private set; }

    public bool SearchTooShort { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SearchTooShort = !InstitutionQueries.IsSearchable(Q) || Q is { Length: > 200 };
        bool? active = Status switch { "all" => null, "inactive" => false, _ => true };
        var filter = new InstitutionFilter(SearchTooShort ? null : Q, Service,
            string.IsNullOrEmpty(Province) ? null : Province, Type, active);
        var after = InstitutionQueries.TryDecodeCursor(Cursor, out var code) ? code : null;
        (Items, NextCursor, Total) = await queries.ListAsync(filter, after, PageSize, cancellationToken);
    }

    public Dictionary<string, string> RouteWith(string cursor) => new()
    {
        ["Q"] = Q ?? "",
        ["Service"] = Service?.ToString() ?? "",
        ["Province"] = Province ?? "",
        ["Type"] = Type?.ToString() ?? "",
        ["Status"] = Status ?? "",
        ["Cursor"] = cursor,
    };
}
