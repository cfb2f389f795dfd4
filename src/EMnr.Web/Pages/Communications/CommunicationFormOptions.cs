using System.Globalization;
using System.Text.Json;
using EMnr.Core.Crises;
using EMnr.Core.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Pages.Communications;

/// <summary>Choices offered by the communication form and the list filters, in the user's language.</summary>
public sealed class CommunicationFormOptions
{
    public IReadOnlyList<SelectListItem> Provinces { get; private init; } = [];

    public IReadOnlyList<SelectListItem> Crises { get; private init; } = [];

    /// <summary>Active crises as JSON (id, provinces, first and last local day), read by the form's script to suggest one.</summary>
    public string CrisisWindowsJson { get; private init; } = "[]";

    public static async Task<CommunicationFormOptions> LoadAsync(EMnrDbContext db, CancellationToken cancellationToken)
    {
        var arabic = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        var provinces = await db.Provinces.AsNoTracking().ToListAsync(cancellationToken);
        var crises = await db.Crises.AsNoTracking().OrderByDescending(c => c.EventDate).Take(50).ToListAsync(cancellationToken);

        return new CommunicationFormOptions
        {
            Provinces = provinces
                .Select(p => new SelectListItem(arabic ? p.NameAr : p.NameFr, p.Code))
                .OrderBy(i => i.Text, StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true))
                .ToList(),
            Crises = crises.Select(c => new SelectListItem(Name(c), c.Id.ToString())).ToList(),
            CrisisWindowsJson = JsonSerializer.Serialize(crises.Where(c => c.IsActive).Select(c => new
            {
                id = c.Id,
                provinces = c.ProvinceCodes,
                from = c.WindowStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                to = c.WindowEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })),
        };
    }

    public static string Name(Crisis crisis) => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "ar" => crisis.NameAr,
        "en" => crisis.NameEn,
        _ => crisis.NameFr,
    };
}
