using System.Globalization;
using System.Text.Json;
using EMnr.Core.Crises;
using EMnr.Core.Data;
using EMnr.Core.ReferenceData;
using EMnr.Web.Features.Crises;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Pages.Crises;

[Authorize(Policy = Permissions.CrisisFiguresRead)]
public sealed class DetailsModel(EMnrDbContext db, CrisisFigureQueries figureQueries) : PageModel
{
    public Crisis Crisis { get; private set; } = null!;

    public CrisisFiguresResponse Figures { get; private set; } = null!;

    public IReadOnlyDictionary<string, string> ProvinceNames { get; private set; } = new Dictionary<string, string>();

    /// <summary>Daily counts as JSON for the chart script (labels as dd/MM, values with withheld days as 0).</summary>
    public string DailyChartJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var crisis = await db.Crises.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (crisis is null)
        {
            return NotFound();
        }

        Crisis = crisis;
        Figures = await figureQueries.ComputeAsync(crisis, cancellationToken);
        var arabic = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        ProvinceNames = await db.Provinces.AsNoTracking()
            .ToDictionaryAsync(p => p.Code, p => arabic ? p.NameAr : p.NameFr, cancellationToken);
        DailyChartJson = JsonSerializer.Serialize(new
        {
            labels = Figures.ByDay.Select(d => DateOnly.ParseExact(d.Key, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                .ToString("dd/MM", CultureInfo.InvariantCulture)),
            values = Figures.ByDay.Select(d => d.Count ?? 0),
        });
        return Page();
    }

    public string Label(string breakdown, string key) => breakdown switch
    {
        "category" => ReferenceLabels.Label(ReferenceLabels.Categories, key),
        "channel" => ReferenceLabels.Label(ReferenceLabels.Channels, key),
        "redirection" => ReferenceLabels.Label(ReferenceLabels.RedirectDestinations, key),
        "province" => ProvinceNames.GetValueOrDefault(key, key),
        _ => key,
    };
}
