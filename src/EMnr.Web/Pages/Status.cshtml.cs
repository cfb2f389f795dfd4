using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EMnr.Web.Pages;

/// <summary>The page shown for 404 and other status codes; re-executed for any method, so it needs no antiforgery token.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public void OnGet()
    {
    }

    public void OnPost()
    {
    }
}
