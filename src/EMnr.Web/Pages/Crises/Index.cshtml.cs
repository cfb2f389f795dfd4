using EMnr.Core.Crises;
using EMnr.Core.Data;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Pages.Crises;

[Authorize(Policy = Permissions.CrisisFiguresRead)]
public sealed class IndexModel(EMnrDbContext db) : PageModel
{
    public IReadOnlyList<Crisis> Crises { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Crises = await db.Crises.AsNoTracking().OrderByDescending(c => c.EventDate).Take(200).ToListAsync(cancellationToken);
}
