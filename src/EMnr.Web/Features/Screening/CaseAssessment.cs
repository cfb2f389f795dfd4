using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Persons;
using EMnr.Core.Screening;
using EMnr.Core.Text;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Screening;

/// <summary>Outcome of a screening or decision: the record, field errors, not found, or a conflict.</summary>
public sealed record AssessmentOutcome<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors, bool NotFound = false, string? Conflict = null)
    where T : class
{
}

/// <summary>A stored screening with the suggestion it was computed from.</summary>
public sealed record ScreeningWithSuggestion(ScreeningRecord Record, ScreeningSuggestion Suggestion);

/// <summary>
/// Screens persons against the indicator guide and records identification decisions. The engine
/// suggests; the officer agrees or overrides with a reason; only Commission reviewers decide.
/// </summary>
public sealed partial class CaseAssessment(
    EMnrDbContext db,
    CaseScope scope,
    AuditLog audit,
    IndicatorGuides guides,
    IClock clock,
    ILogger<CaseAssessment> logger)
{
    public const string ScreeningAudit = "screening.recorded";
    public const string DecisionAudit = "identification.decided";

    public async Task<AssessmentOutcome<ScreeningWithSuggestion>> ScreenAsync(
        Guid reportId, Guid personId, ScreeningRequest request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // Screening changes the case, so it belongs to the report's institution (or a reviewer), not to a recipient of a referral.
        var report = await scope.OwnedReports(user).FirstOrDefaultAsync(r => r.Id == reportId, cancellationToken);
        var inReport = report is not null
            && await db.ReportPersons.AnyAsync(rp => rp.ReportId == reportId && rp.PersonId == personId, cancellationToken);
        if (!inReport)
        {
            return Missing<ScreeningWithSuggestion>();
        }

        if (!Core.Communications.CommunicationDraftValidator.BeDefined<IndicatorList>(request.List))
        {
            return InvalidOf<ScreeningWithSuggestion>("list", $"Unknown indicator list '{request.List}'. Valid values: {string.Join(", ", Enum.GetNames<IndicatorList>())}.");
        }

        var list = Enum.Parse<IndicatorList>(request.List!, ignoreCase: true);
        if (request.Indicators?.Any(t => t is null) == true)
        {
            return InvalidOf<ScreeningWithSuggestion>("indicators", "An indicator entry is null: send objects with a code and an optional note.");
        }

        var ticked = request.Indicators ?? [];
        if (ticked.Any(t => t.Note is { Length: > 1000 } || !TextRules.HasNoControlCharacters(t.Note)))
        {
            return InvalidOf<ScreeningWithSuggestion>("indicators", "Each note is limited to 1,000 characters of text.");
        }

        if (!request.AgreesWithSuggestion && string.IsNullOrWhiteSpace(request.OverrideReason))
        {
            return InvalidOf<ScreeningWithSuggestion>("overrideReason", "Give the reason for overriding the suggestion.");
        }

        if (request.OverrideReason is { Length: > 2000 } || !TextRules.HasNoControlCharacters(request.OverrideReason))
        {
            return InvalidOf<ScreeningWithSuggestion>("overrideReason", "The reason is limited to 2,000 characters of text.");
        }

        var person = await db.Persons.AsNoTracking().FirstAsync(p => p.Id == personId, cancellationToken);
        var isChild = Age.ChildRuleApplies(person, report!.FactsFrom, MoroccoTime.ToLocalDate(clock.UtcNow));
        var guide = await guides.CurrentAsync(cancellationToken);
        var result = ScreeningEngine.Screen(guide, list, ticked.Select(t => t.Code), isChild);
        if (!result.IsValid)
        {
            return new(null, new Dictionary<string, string[]> { ["indicators"] = result.Errors.Select(e => e.Message).ToArray() });
        }

        var suggestion = result.Suggestion!;
        var concluded = request.AgreesWithSuggestion
            ? suggestion.Outcome
            : suggestion.Outcome == ScreeningOutcome.Positive ? ScreeningOutcome.Negative : ScreeningOutcome.Positive;
        var record = new ScreeningRecord
        {
            Id = Guid.CreateVersion7(),
            ReportId = reportId,
            PersonId = personId,
            GuideVersion = suggestion.GuideVersion,
            List = list,
            Ticked = suggestion.TickedIndicators
                .Select(i => new TickedIndicator(i.Code, ticked.FirstOrDefault(t => string.Equals(t.Code, i.Code, StringComparison.OrdinalIgnoreCase))?.Note?.Trim()))
                .ToList(),
            IsChildAtTimeOfFacts = isChild,
            SuggestedOutcome = suggestion.Outcome,
            AgreesWithSuggestion = request.AgreesWithSuggestion,
            ConcludedOutcome = concluded,
            OverrideReason = request.AgreesWithSuggestion ? null : request.OverrideReason!.Trim(),
            ScreenedBy = user.GetUserId(),
            ScreenedAt = clock.UtcNow,
        };
        db.Screenings.Add(record);
        audit.Add(user, ScreeningAudit, "person", personId);
        await db.SaveChangesAsync(cancellationToken);
        LogScreened(logger, record.Id, personId, suggestion.Outcome);
        return new(new ScreeningWithSuggestion(record, suggestion), new Dictionary<string, string[]>());
    }

    /// <summary>Records a decision when the person's version is still <paramref name="expectedVersion"/>; otherwise a conflict.</summary>
    public async Task<AssessmentOutcome<IdentificationDecision>> DecideAsync(
        Guid personId, DecisionRequest request, uint expectedVersion, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await scope.Persons(user).AnyAsync(p => p.Id == personId, cancellationToken))
        {
            return Missing<IdentificationDecision>();
        }

        if (!Core.Communications.CommunicationDraftValidator.BeDefined<IdentificationStatus>(request.Outcome))
        {
            return InvalidOf<IdentificationDecision>("outcome",
                $"Unknown outcome '{request.Outcome}'. Valid values: {string.Join(", ", Enum.GetNames<IdentificationStatus>())}.");
        }

        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > 2000 || !TextRules.HasNoControlCharacters(request.Reason))
        {
            return InvalidOf<IdentificationDecision>("reason", "Give the reasons for the decision, in at most 2,000 characters of text.");
        }

        var outcome = Enum.Parse<IdentificationStatus>(request.Outcome!, ignoreCase: true);
        var reportId = request.ReportId ?? Guid.Empty;
        if (!await db.ReportPersons.AnyAsync(rp => rp.ReportId == reportId && rp.PersonId == personId, cancellationToken))
        {
            return InvalidOf<IdentificationDecision>("reportId", "The person is not in this report.");
        }

        if (request.ScreeningId is { } screeningId
            && !await db.Screenings.AnyAsync(s => s.Id == screeningId && s.PersonId == personId, cancellationToken))
        {
            return InvalidOf<IdentificationDecision>("screeningId", "No such screening of this person.");
        }

        var person = await db.Persons.FirstAsync(p => p.Id == personId, cancellationToken);
        if (person.Version != expectedVersion)
        {
            return new(null, new Dictionary<string, string[]>(), Conflict: CurrentStateMessage(person));
        }

        db.Entry(person).Property(p => p.Version).OriginalValue = expectedVersion;
        person.IdentificationStatus = outcome;

        // Always written, so that the row version is checked even when the status does not change.
        person.IdentificationDecidedAt = clock.UtcNow;
        var decision = new IdentificationDecision
        {
            Id = Guid.CreateVersion7(),
            PersonId = personId,
            ReportId = reportId,
            ScreeningId = request.ScreeningId,
            Outcome = outcome,
            Reason = request.Reason.Trim(),
            DecidedBy = user.GetUserId(),
            DecidedAt = clock.UtcNow,
        };
        db.IdentificationDecisions.Add(decision);
        audit.Add(user, DecisionAudit, "person", personId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            return new(null, new Dictionary<string, string[]>(), Conflict: "Another reviewer decided on this person at the same moment. Reload the person and decide again if needed.");
        }

        LogDecided(logger, decision.Id, personId, outcome);
        return new(decision, new Dictionary<string, string[]>());
    }

    private static string CurrentStateMessage(Person person) =>
        $"The person was changed since you read it: the identification status is now {person.IdentificationStatus}. Reload the person and decide again if needed.";

    private static AssessmentOutcome<T> Missing<T>()
        where T : class => new(null, new Dictionary<string, string[]>(), NotFound: true);

    private static AssessmentOutcome<T> InvalidOf<T>(string field, string message)
        where T : class => new(null, new Dictionary<string, string[]> { [field] = [message] });

    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Screening {ScreeningId} of person {PersonId} suggested {Outcome}")]
    private static partial void LogScreened(ILogger logger, Guid screeningId, Guid personId, ScreeningOutcome outcome);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Identification decision {DecisionId} on person {PersonId}: {Outcome}")]
    private static partial void LogDecided(ILogger logger, Guid decisionId, Guid personId, IdentificationStatus outcome);
}
