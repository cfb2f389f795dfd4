using System.Globalization;
using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.ReferenceData;
using EMnr.Core.Time;
using EMnr.Web.Features.Authorization;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace EMnr.Web.Pages.Communications;

[Authorize(Policy = Permissions.CommunicationsRead)]
public sealed class DetailsModel(
    EMnrDbContext db,
    CommunicationQueries queries,
    RecordAccess access,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    private Dictionary<string, string> provinceNames = [];
    private Dictionary<string, string> crisisNames = [];

    public Communication Communication { get; private set; } = null!;

    public IReadOnlyList<CommunicationRevision> Revisions { get; private set; } = [];

    /// <summary>Display names of the accounts that made the corrections, by id.</summary>
    public IReadOnlyDictionary<Guid, string> Editors { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var communication = await access.FindAsync<Communication>(User, id, CaseOperations.Read, cancellationToken);
        if (communication is null)
        {
            return NotFound();
        }

        Communication = communication;
        Revisions = await queries.RevisionsAsync(id, cancellationToken);
        await LoadNamesAsync(cancellationToken);
        var editorIds = Revisions.Select(r => r.ChangedBy).Append(communication.OperatorId).Distinct().ToList();
        Editors = await db.Users.Where(u => editorIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        return Page();
    }

    /// <summary>
    /// Formats a stored value of a field as the form shows it. The record and its revisions store
    /// enum names, codes, ids and ISO 8601 times, which become labels in the user's language,
    /// province or crisis names and local times.
    /// </summary>
    public string DisplayValue(string field, string? value) => field switch
    {
        "receivedAt" => DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? MoroccoTime.Format(at)
            : value ?? "",
        "channel" => ReferenceLabels.Label(ReferenceLabels.Channels, value),
        "language" => ReferenceLabels.Label(ReferenceLabels.Languages, value),
        "callerType" => ReferenceLabels.Label(ReferenceLabels.CallerTypes, value),
        "category" => ReferenceLabels.Label(ReferenceLabels.Categories, value),
        "redirectedTo" => value is null
            ? localizer["Form.NotRedirected"]
            : ReferenceLabels.Label(ReferenceLabels.RedirectDestinations, value),
        "provinceCode" => value is null ? localizer["Form.Unknown"] : provinceNames.GetValueOrDefault(value, value),
        "crisisId" => value is null ? localizer["Form.NoCrisis"] : crisisNames.GetValueOrDefault(value, value),
        _ => value ?? "",
    };

    /// <summary>Loads the names of the provinces and crises that the record and its revisions refer to.</summary>
    private async Task LoadNamesAsync(CancellationToken cancellationToken)
    {
        var changes = Revisions.SelectMany(r => r.Changes).ToList();
        var provinceCodes = ReferencedValues(changes, "provinceCode", Communication.ProvinceCode);
        var crisisIds = ReferencedValues(changes, "crisisId", Communication.CrisisId?.ToString())
            .Select(v => Guid.TryParse(v, out var parsed) ? parsed : Guid.Empty)
            .ToList();

        var arabic = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        provinceNames = await db.Provinces.AsNoTracking()
            .Where(p => provinceCodes.Contains(p.Code))
            .ToDictionaryAsync(p => p.Code, p => arabic ? p.NameAr : p.NameFr, cancellationToken);
        var crises = await db.Crises.AsNoTracking().Where(c => crisisIds.Contains(c.Id)).ToListAsync(cancellationToken);
        crisisNames = crises.ToDictionary(c => c.Id.ToString(), CommunicationFormOptions.Name);
    }

    private static List<string> ReferencedValues(List<FieldChange> changes, string field, string? current) =>
        changes.Where(c => c.Field == field)
            .SelectMany(c => new[] { c.From, c.To })
            .Append(current)
            .OfType<string>()
            .Distinct()
            .ToList();
}
