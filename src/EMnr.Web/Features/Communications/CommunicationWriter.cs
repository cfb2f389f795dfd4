using System.Globalization;
using System.Security.Claims;
using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Text;
using EMnr.Core.Time;
using EMnr.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Communications;

/// <summary>Field errors keyed by the draft's property name, or the stored communication.</summary>
public sealed record WriteOutcome(Communication? Communication, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Communication is not null;

    public bool Conflict { get; init; }

    public static WriteOutcome Invalid(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}

/// <summary>Creates and corrects communications. Every correction keeps a revision of what changed.</summary>
public sealed partial class CommunicationWriter(
    EMnrDbContext db,
    IValidator<CommunicationDraft> validator,
    IClock clock,
    ILogger<CommunicationWriter> logger)
{
    public async Task<WriteOutcome> CreateAsync(CommunicationDraft draft, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(draft, cancellationToken);
        if (errors.Count > 0)
        {
            return WriteOutcome.Invalid(errors);
        }

        var communication = new Communication
        {
            Id = Guid.CreateVersion7(),
            InstitutionId = user.GetInstitutionId(),
            OperatorId = user.GetUserId(),
            CreatedAt = clock.UtcNow,
        };
        Apply(draft, communication);
        db.Communications.Add(communication);
        await db.SaveChangesAsync(cancellationToken);

        LogCreated(logger, communication.Id, communication.Channel, communication.Category);
        return new WriteOutcome(communication, new Dictionary<string, string[]>());
    }

    /// <summary>
    /// Applies a correction when <paramref name="expectedVersion"/> is still the stored version;
    /// otherwise returns a conflict and changes nothing.
    /// </summary>
    public async Task<WriteOutcome> CorrectAsync(
        Communication tracked, CommunicationDraft draft, uint expectedVersion, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = await ValidateAsync(draft, cancellationToken);
        if (errors.Count > 0)
        {
            return WriteOutcome.Invalid(errors);
        }

        if (tracked.Version != expectedVersion)
        {
            return new WriteOutcome(null, new Dictionary<string, string[]>()) { Conflict = true };
        }

        var before = Snapshot(tracked);
        Apply(draft, tracked);
        var after = Snapshot(tracked);
        var changes = before.Keys
            .Where(key => before[key] != after[key])
            .Select(key => new FieldChange(key, before[key], after[key]))
            .ToList();
        if (changes.Count == 0)
        {
            return new WriteOutcome(tracked, new Dictionary<string, string[]>());
        }

        tracked.UpdatedAt = clock.UtcNow;
        db.Entry(tracked).Property(c => c.Version).OriginalValue = expectedVersion;
        db.CommunicationRevisions.Add(new CommunicationRevision
        {
            CommunicationId = tracked.Id,
            ChangedAt = clock.UtcNow,
            ChangedBy = user.GetUserId(),
            Changes = changes,
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new WriteOutcome(null, new Dictionary<string, string[]>()) { Conflict = true };
        }

        LogCorrected(logger, tracked.Id, changes.Count);
        return new WriteOutcome(tracked, new Dictionary<string, string[]>());
    }

    /// <summary>Checks the draft's own rules, then the codes that live in the database.</summary>
    public async Task<Dictionary<string, string[]>> ValidateAsync(CommunicationDraft draft, CancellationToken cancellationToken)
    {
        var results = await ValidateManyAsync([draft], cancellationToken);
        return results[0];
    }

    /// <summary>
    /// Checks many drafts with the rules of <see cref="ValidateAsync"/>, loading the province codes and
    /// crisis ids they mention with one query each. Returns the errors of each draft, in input order.
    /// </summary>
    public async Task<List<Dictionary<string, string[]>>> ValidateManyAsync(
        IReadOnlyList<CommunicationDraft> drafts, CancellationToken cancellationToken)
    {
        var provinceCodes = drafts.Select(d => d.ProvinceCode).OfType<string>().Where(Core.Text.TextRules.IsSubdivisionCode).Distinct().ToList();
        var crisisIds = drafts.Select(d => d.CrisisId).OfType<Guid>().Distinct().ToList();
        var knownProvinces = provinceCodes.Count == 0
            ? []
            : await db.Provinces.Where(p => provinceCodes.Contains(p.Code)).Select(p => p.Code).ToHashSetAsync(cancellationToken);
        var knownCrises = crisisIds.Count == 0
            ? []
            : await db.Crises.Where(c => crisisIds.Contains(c.Id)).Select(c => c.Id).ToHashSetAsync(cancellationToken);

        var results = new List<Dictionary<string, string[]>>(drafts.Count);
        foreach (var draft in drafts)
        {
            var result = await validator.ValidateAsync(draft, cancellationToken);
            var errors = result.Errors
                .GroupBy(e => e.PropertyName)
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

            if (!string.IsNullOrEmpty(draft.ProvinceCode) && !knownProvinces.Contains(draft.ProvinceCode))
            {
                errors[nameof(CommunicationDraft.ProvinceCode)] = [$"Unknown province code '{Core.Text.SearchText.Fold(draft.ProvinceCode).ToUpperInvariant()}'. Use an ISO 3166-2 code such as MA-HAO."];
            }

            if (draft.CrisisId is { } crisisId && !knownCrises.Contains(crisisId))
            {
                errors[nameof(CommunicationDraft.CrisisId)] = [$"Unknown crisis '{crisisId}'."];
            }

            results.Add(errors);
        }

        return results;
    }

    /// <summary>Copies a valid draft onto a communication, trimming the summary and folding it for search.</summary>
    internal static void Apply(CommunicationDraft draft, Communication target)
    {
        target.ReceivedAt = draft.ReceivedAt!.Value.ToUniversalTime();
        target.Channel = Enum.Parse<Channel>(draft.Channel!, ignoreCase: true);
        target.Language = Enum.Parse<ContactLanguage>(draft.Language!, ignoreCase: true);
        target.CallerType = Enum.Parse<CallerType>(draft.CallerType!, ignoreCase: true);
        target.Category = Enum.Parse<CommunicationCategory>(draft.Category!, ignoreCase: true);
        target.RedirectedTo = string.IsNullOrEmpty(draft.RedirectedTo)
            ? null
            : Enum.Parse<RedirectDestination>(draft.RedirectedTo, ignoreCase: true);
        target.ProvinceCode = string.IsNullOrEmpty(draft.ProvinceCode) ? null : draft.ProvinceCode;
        target.CrisisId = draft.CrisisId;
        target.Summary = (draft.Summary ?? "").Trim();
        target.SummarySearch = SearchText.Fold(target.Summary);
    }

    private static Dictionary<string, string?> Snapshot(Communication c) => new()
    {
        ["receivedAt"] = c.ReceivedAt.ToString("O", CultureInfo.InvariantCulture),
        ["channel"] = c.Channel.ToString(),
        ["language"] = c.Language.ToString(),
        ["callerType"] = c.CallerType.ToString(),
        ["category"] = c.Category.ToString(),
        ["redirectedTo"] = c.RedirectedTo?.ToString(),
        ["provinceCode"] = c.ProvinceCode,
        ["crisisId"] = c.CrisisId?.ToString(),
        ["summary"] = c.Summary,
    };

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information,
        Message = "Communication {CommunicationId} recorded ({Channel}, {Category})")]
    private static partial void LogCreated(ILogger logger, Guid communicationId, Channel channel, CommunicationCategory category);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information,
        Message = "Communication {CommunicationId} corrected ({ChangeCount} fields)")]
    private static partial void LogCorrected(ILogger logger, Guid communicationId, int changeCount);
}
