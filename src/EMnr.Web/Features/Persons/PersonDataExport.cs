using System.Globalization;
using System.Security.Claims;
using System.Text;
using EMnr.Core.Data;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Reports;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Persons;

/// <summary>A report that names the person, by reference only.</summary>
public sealed record ExportedReportLink(Guid Id, string Reference, DateTimeOffset AddedAt);

public sealed record ExportedScreening(
    Guid Id, Guid ReportId, DateTimeOffset ScreenedAt, string GuideVersion, string List, string SuggestedOutcome,
    string ConcludedOutcome, string? OverrideReason);

public sealed record ExportedDecision(Guid Id, Guid ReportId, DateTimeOffset DecidedAt, string Outcome, string Reason);

/// <summary>Everything the platform stores about one person, for a request under Law 09-08.</summary>
public sealed record PersonExport(
    DateTimeOffset ExportedAt,
    PersonIdentityResponse Identity,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AnonymisedAt,
    IReadOnlyList<ExportedReportLink> Reports,
    IReadOnlyList<ExportedScreening> Screenings,
    IReadOnlyList<ExportedDecision> Decisions);

/// <summary>
/// Exports one person's data within the caller's scope. Each export is audited as an identity
/// read before the data leaves the platform.
/// </summary>
public sealed class PersonDataExport(EMnrDbContext db, CaseScope scope, AuditLog audit, IClock clock)
{
    /// <summary>Returns the export, or null when the person is outside the caller's scope.</summary>
    public async Task<PersonExport?> ExportAsync(Guid personId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var person = await scope.IdentifiedPersons(user).FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return null;
        }

        var visibleReports = scope.Reports(user);
        var reports = await db.ReportPersons.AsNoTracking()
            .Where(rp => rp.PersonId == personId)
            .Join(visibleReports, rp => rp.ReportId, r => r.Id, (rp, r) => new { r.Id, r.Reference, rp.AddedAt })
            .OrderBy(r => r.AddedAt)
            .Select(r => new ExportedReportLink(r.Id, r.Reference, r.AddedAt))
            .ToListAsync(cancellationToken);
        var reportIds = reports.Select(r => r.Id).ToList();
        var screenings = await db.Screenings.AsNoTracking()
            .Where(s => s.PersonId == personId && reportIds.Contains(s.ReportId))
            .OrderBy(s => s.ScreenedAt)
            .ToListAsync(cancellationToken);
        var decisions = await db.IdentificationDecisions.AsNoTracking()
            .Where(d => d.PersonId == personId && reportIds.Contains(d.ReportId))
            .OrderBy(d => d.DecidedAt)
            .ToListAsync(cancellationToken);

        await audit.RecordReadAsync(user, AuditActions.PersonExported, "person", personId, cancellationToken);
        return new PersonExport(
            clock.UtcNow,
            PersonIdentityResponse.From(person),
            person.CreatedAt,
            person.AnonymisedAt,
            reports,
            screenings.Select(s => new ExportedScreening(s.Id, s.ReportId, s.ScreenedAt, s.GuideVersion, s.List.ToString(),
                s.SuggestedOutcome.ToString(), s.ConcludedOutcome.ToString(), s.OverrideReason)).ToList(),
            decisions.Select(d => new ExportedDecision(d.Id, d.ReportId, d.DecidedAt, d.Outcome.ToString(), d.Reason)).ToList());
    }

    /// <summary>
    /// Writes the export as CSV with one value per row (section, item, field, value), UTF-8 with a
    /// byte order mark so that spreadsheet programs read Arabic correctly.
    /// </summary>
    public static byte[] ToCsv(PersonExport export)
    {
        var csv = new StringBuilder("section,item,field,value\r\n");
        var identity = export.Identity;
        void Row(string section, int item, string field, object? value) =>
            csv.Append(Cell(section)).Append(',').Append(item.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Cell(field)).Append(',').Append(Cell(Format(value))).Append("\r\n");

        Row("identity", 1, "id", identity.Id);
        Row("identity", 1, "code", identity.Code);
        Row("identity", 1, "nameLatin", identity.NameLatin);
        Row("identity", 1, "nameArabic", identity.NameArabic);
        Row("identity", 1, "sex", identity.Sex);
        Row("identity", 1, "dateOfBirth", identity.DateOfBirth);
        Row("identity", 1, "estimatedAgeMin", identity.EstimatedAgeMin);
        Row("identity", 1, "estimatedAgeMax", identity.EstimatedAgeMax);
        Row("identity", 1, "nationality", identity.Nationality);
        Row("identity", 1, "languages", string.Join(' ', identity.Languages));
        Row("identity", 1, "provinceCode", identity.ProvinceCode);
        Row("identity", 1, "vulnerabilities", string.Join(' ', identity.Vulnerabilities));
        Row("identity", 1, "guardianName", identity.GuardianName);
        Row("identity", 1, "guardianRelation", identity.GuardianRelation);
        Row("identity", 1, "identificationStatus", identity.IdentificationStatus);
        Row("identity", 1, "createdAt", export.CreatedAt);
        Row("identity", 1, "anonymisedAt", export.AnonymisedAt);
        for (var i = 0; i < export.Reports.Count; i++)
        {
            Row("report", i + 1, "reference", export.Reports[i].Reference);
            Row("report", i + 1, "addedAt", export.Reports[i].AddedAt);
        }

        for (var i = 0; i < export.Screenings.Count; i++)
        {
            var s = export.Screenings[i];
            Row("screening", i + 1, "screenedAt", s.ScreenedAt);
            Row("screening", i + 1, "guideVersion", s.GuideVersion);
            Row("screening", i + 1, "suggestedOutcome", s.SuggestedOutcome);
            Row("screening", i + 1, "concludedOutcome", s.ConcludedOutcome);
            Row("screening", i + 1, "overrideReason", s.OverrideReason);
        }

        for (var i = 0; i < export.Decisions.Count; i++)
        {
            var d = export.Decisions[i];
            Row("decision", i + 1, "decidedAt", d.DecidedAt);
            Row("decision", i + 1, "outcome", d.Outcome);
            Row("decision", i + 1, "reason", d.Reason);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Quotes a cell, and neutralises a leading formula character so that spreadsheets show text.</summary>
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
