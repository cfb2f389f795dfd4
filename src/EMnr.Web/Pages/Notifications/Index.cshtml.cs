using EMnr.Web.Features.Communications;
using EMnr.Web.Features.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EMnr.Web.Pages.Notifications;

/// <summary>The signed-in user's notifications; opening one marks it read.</summary>
public sealed class IndexModel(NotificationInbox inbox) : PageModel
{
    public NotificationPageResponse Notifications { get; private set; } = new([], null, 0);

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var after = KeysetCursor.TryDecode(Cursor, out var position) ? position : (KeysetCursor?)null;
        Notifications = await inbox.ListAsync(User, unreadOnly: false, after, 50, cancellationToken);
    }

    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var link = await inbox.MarkReadAsync(User, id, cancellationToken);
        return link is not null && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await inbox.MarkAllReadAsync(User, cancellationToken);
        return RedirectToPage();
    }
}
