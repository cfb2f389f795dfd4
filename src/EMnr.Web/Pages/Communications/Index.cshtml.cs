using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Time;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Pages.Communications;

[Authorize(Policy = Permissions.CommunicationsRead)]
public class IndexModel(
    EMnrDbContext db,
    CommunicationQueries queries,
    IOptions<CommunicationOptions> options,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Crisis { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public KeysetPage<Communication>? Results { get; private set; }

    public CommunicationFormOptions Options { get; private set; } = new();

    /// <summary>Restricts the list to suspected trafficking with no report yet.</summary>
    protected virtual bool ReportsToOpen => false;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Options = await CommunicationFormOptions.LoadAsync(db, cancellationToken);
        var from = ParseDate(From, nameof(From));
        var to = ParseDate(To, nameof(To));
        if (from is { } f && to is { } t && t < f)
        {
            ModelState.AddModelError(nameof(To), localizer["List.EndBeforeStart"]);
        }

        KeysetCursor? after = null;
        if (!string.IsNullOrEmpty(Cursor))
        {
            if (KeysetCursor.TryDecode(Cursor, out var decoded))
            {
                after = decoded;
            }
            else
            {
                ModelState.AddModelError(nameof(Cursor), localizer["List.InvalidCursor"]);
            }
        }

        if (Q is { Length: > 200 })
        {
            ModelState.AddModelError(nameof(Q), localizer["List.SearchTooLong"]);
        }
        else if (!CommunicationQueries.IsSearchable(Q))
        {
            ModelState.AddModelError(nameof(Q), localizer["List.SearchTooShort"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var filter = new CommunicationFilter
        {
            From = from,
            To = to,
            Channel = Enum.TryParse<Channel>(Channel, out var channel) ? channel : null,
            Category = Enum.TryParse<CommunicationCategory>(Category, out var category) ? category : null,
            CrisisId = Crisis,
            ProvinceCode = string.IsNullOrEmpty(Province) ? null : Province,
            Text = Q,
            ReportsToOpen = ReportsToOpen,
        };
        Results = await queries.ListAsync(User, filter, after, options.Value.PageSize, cancellationToken);
        return Page();
    }

    /// <summary>Route values of the current filters, with another cursor.</summary>
    public Dictionary<string, string?> RouteWith(string? cursor) => new()
    {
        ["from"] = From,
        ["to"] = To,
        ["channel"] = Channel,
        ["category"] = Category,
        ["crisis"] = Crisis?.ToString(),
        ["province"] = Province,
        ["q"] = Q,
        ["cursor"] = cursor,
    };

    private DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var date = MoroccoTime.TryParseDate(text);
        if (date is null)
        {
            ModelState.AddModelError(field, localizer["List.DateFormat"]);
        }

        return date;
    }
}
