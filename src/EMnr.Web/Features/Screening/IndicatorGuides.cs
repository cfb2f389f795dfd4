using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Screening;
using EMnr.Core.Text;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Screening;

/// <summary>A new guide version to publish: its name, publication date and every indicator of the four lists.</summary>
public sealed record GuidePublishRequest(string? Version, DateOnly? PublishedOn, IReadOnlyList<IndicatorResponse>? Indicators);

/// <summary>
/// Versions of the indicator guide kept in PostgreSQL. The newest published version is used for
/// new screenings; a screening keeps the version it was made with.
/// </summary>
public sealed partial class IndicatorGuides(EMnrDbContext db, AuditLog audit, IClock clock, ILogger<IndicatorGuides> logger)
{
    public const string PublishedAudit = "indicator-guide.published";

    public async Task<IndicatorGuideVersion> CurrentAsync(CancellationToken cancellationToken)
    {
        var record = await db.IndicatorGuides.AsNoTracking().OrderByDescending(g => g.PublishedAt).FirstOrDefaultAsync(cancellationToken);
        return record?.ToGuide() ?? IndicatorGuide2009.Version;
    }

    public async Task<IndicatorGuideVersion?> FindAsync(string version, CancellationToken cancellationToken) =>
        (await db.IndicatorGuides.AsNoTracking().FirstOrDefaultAsync(g => g.Version == version, cancellationToken))?.ToGuide();

    public async Task<IReadOnlyList<string>> VersionsAsync(CancellationToken cancellationToken) =>
        await db.IndicatorGuides.AsNoTracking().OrderByDescending(g => g.PublishedAt).Select(g => g.Version).Take(100).ToListAsync(cancellationToken);

    /// <summary>Stores the 2009 guide when no version exists yet.</summary>
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.IndicatorGuides.AnyAsync(cancellationToken))
        {
            return;
        }

        var guide = IndicatorGuide2009.Version;
        db.IndicatorGuides.Add(new IndicatorGuideRecord
        {
            Version = guide.Version,
            PublishedOn = guide.PublishedOn,
            PublishedAt = new DateTimeOffset(guide.PublishedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            Indicators = [.. guide.Indicators],
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Publishes a new version, or returns the errors that prevent it.</summary>
    public async Task<Dictionary<string, string[]>> PublishAsync(GuidePublishRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Version) || request.Version.Length > 20 || !TextRules.HasNoControlCharacters(request.Version))
        {
            errors["version"] = ["Name the version in at most 20 characters, for example 2027-01."];
        }
        else if (await db.IndicatorGuides.AnyAsync(g => g.Version == request.Version, cancellationToken))
        {
            errors["version"] = [$"Version '{request.Version}' already exists: published versions never change."];
        }

        var indicators = new List<Indicator>();
        foreach (var (item, index) in (request.Indicators ?? []).Select((item, index) => (item, index)))
        {
            if (item is null
                || !Core.Communications.CommunicationDraftValidator.BeDefined<IndicatorList>(item.List)
                || !Core.Communications.CommunicationDraftValidator.BeDefined<ScreeningDimension>(item.Dimension)
                || !Core.Communications.CommunicationDraftValidator.BeDefined<IndicatorStrength>(item.Strength)
                || new[] { item.Code, item.LabelFr, item.LabelAr, item.LabelEn }.Any(t => string.IsNullOrWhiteSpace(t) || t.Length > 500 || !TextRules.HasNoControlCharacters(t)))
            {
                errors[$"indicators[{index}]"] = ["Each indicator needs a code, a known list, dimension and strength, and labels in French, Arabic and English."];
                continue;
            }

            indicators.Add(new Indicator(item.Code.Trim(), Enum.Parse<IndicatorList>(item.List, true), Enum.Parse<ScreeningDimension>(item.Dimension, true),
                Enum.Parse<IndicatorStrength>(item.Strength, true), item.LabelFr.Trim(), item.LabelAr.Trim(), item.LabelEn.Trim()));
        }

        var missing = Enum.GetValues<IndicatorList>().Where(list => !indicators.Any(i => i.List == list)).ToList();
        if (missing.Count > 0)
        {
            errors["indicators"] = [$"Every list needs indicators; missing: {string.Join(", ", missing)}."];
        }

        var duplicate = indicators.GroupBy(i => i.Code, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            errors["indicators"] = [$"Indicator code '{duplicate.Key}' appears more than once."];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        db.IndicatorGuides.Add(new IndicatorGuideRecord
        {
            Version = request.Version!.Trim(),
            PublishedOn = request.PublishedOn ?? MoroccoTime.ToLocalDate(clock.UtcNow),
            PublishedAt = clock.UtcNow,
            PublishedBy = user.GetUserId(),
            Indicators = indicators,
        });
        audit.Add(user, PublishedAudit, "indicator-guide", request.Version!.Trim());
        await db.SaveChangesAsync(cancellationToken);
        LogPublished(logger, request.Version!, indicators.Count);
        return errors;
    }

    [LoggerMessage(EventId = 4500, Level = LogLevel.Information, Message = "Indicator guide version {Version} published with {IndicatorCount} indicators")]
    private static partial void LogPublished(ILogger logger, string version, int indicatorCount);
}
