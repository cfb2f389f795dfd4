using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Pages.Communications;

[Authorize(Policy = Permissions.CommunicationsRead)]
public sealed class DetailsModel(EMnrDbContext db, CommunicationQueries queries) : PageModel
{
    public Communication Communication { get; private set; } = null!;

    public IReadOnlyList<CommunicationRevision> Revisions { get; private set; } = [];

    public string? ProvinceName { get; private set; }

    public string? CrisisName { get; private set; }

    /// <summary>Display names of the accounts that made the corrections, by id.</summary>
    public IReadOnlyDictionary<Guid, string> Editors { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var communication = await queries.FindAsync(User, id, cancellationToken);
        if (communication is null)
        {
            return NotFound();
        }

        Communication = communication;
        Revisions = await queries.RevisionsAsync(id, cancellationToken);
        var arabic = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        ProvinceName = await db.Provinces.Where(p => p.Code == communication.ProvinceCode)
            .Select(p => arabic ? p.NameAr : p.NameFr).FirstOrDefaultAsync(cancellationToken);
        var crisis = await db.Crises.AsNoTracking().FirstOrDefaultAsync(c => c.Id == communication.CrisisId, cancellationToken);
        CrisisName = crisis is null ? null : CommunicationFormOptions.Name(crisis);
        var editorIds = Revisions.Select(r => r.ChangedBy).Append(communication.OperatorId).Distinct().ToList();
        Editors = await db.Users.Where(u => editorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return Page();
    }
}
