using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Persons;
using EMnr.Core.Reports;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Infrastructure;
using EMnr.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Features.Retention;

/// <summary>
/// Anonymises records whose retention period (<see cref="RetentionOptions"/>) has passed: free
/// text, names, dates of birth and contacts are erased, and the fields that statistics and crisis
/// figures count are kept. Each record is anonymised once (its <c>AnonymisedAt</c> is set), so a
/// second run changes nothing. Every anonymised record gets an audit entry with no user.
/// </summary>
public sealed partial class RetentionJob(
    EMnrDbContext db, AuditLog audit, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger) : IScheduledJob
{
    public const string Name = "retention";

    /// <summary>Hourly, so that a backlog larger than one run is caught up within hours.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromHours(1);

    /// <summary>
    /// Records of each kind anonymised per run, so that one run's transaction stays short. The
    /// next run continues with the rest.
    /// </summary>
    public const int MaxRecordsPerRun = 5_000;

    private const int BatchSize = 500;

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var retention = options.Value;
        var communications = await AnonymiseCommunicationsAsync(now, now.AddYears(-retention.Communications), cancellationToken);
        var reports = await AnonymiseReportsAsync(now, now.AddYears(-retention.Reports), cancellationToken);
        var persons = await AnonymisePersonsAsync(now, now.AddYears(-retention.Persons), cancellationToken);
        LogRun(logger, communications, reports, persons);
    }

    private async Task<int> AnonymiseCommunicationsAsync(DateTimeOffset now, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < MaxRecordsPerRun)
        {
            var batch = await db.Communications
                .Where(c => c.AnonymisedAt == null && c.ReceivedAt < cutoff)
                .OrderBy(c => c.ReceivedAt)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(c => c.Id).ToList();
            foreach (var communication in batch)
            {
                communication.Summary = "";
                communication.SummarySearch = "";
                communication.AnonymisedAt = now;
                Audit(AuditActions.CommunicationAnonymised, "communication", communication.Id, "Summary,SummarySearch");
            }

            foreach (var revision in await db.CommunicationRevisions.Where(r => ids.Contains(r.CommunicationId)).ToListAsync(cancellationToken))
            {
                revision.Changes = revision.Changes
                    .Select(c => c.Field == "summary" ? c with { From = null, To = null } : c)
                    .ToList();
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            total += batch.Count;
        }

        return total;
    }

    private async Task<int> AnonymiseReportsAsync(DateTimeOffset now, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < MaxRecordsPerRun)
        {
            var batch = await db.Reports
                .Where(r => r.AnonymisedAt == null && r.Status == ReportStatus.Closed && r.CreatedAt < cutoff)
                .OrderBy(r => r.CreatedAt)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(r => r.Id).ToList();
            foreach (var report in batch)
            {
                report.Narrative = "";
                report.IndicatorsObserved = null;
                report.PerpetratorsDescription = null;
                report.Commune = null;
                report.ClosedReason = null;
                report.AnonymisedAt = now;
                Audit(AuditActions.ReportAnonymised, "report", report.Id,
                    "Narrative,IndicatorsObserved,PerpetratorsDescription,Commune,ClosedReason");
            }

            foreach (var attachment in await db.ReportAttachments.Where(a => ids.Contains(a.ReportId)).ToListAsync(cancellationToken))
            {
                attachment.Content = [];
                attachment.FileName = "";
            }

            foreach (var change in await db.ReportStatusChanges.Where(c => ids.Contains(c.ReportId) && c.Reason != null).ToListAsync(cancellationToken))
            {
                change.Reason = null;
            }

            // Referral texts (reasons, outcomes, notes) can describe the persons as much as the narrative.
            var referralIds = new List<Guid>();
            foreach (var referral in await db.Referrals.Where(r => ids.Contains(r.ReportId)).ToListAsync(cancellationToken))
            {
                referral.Reason = "";
                referral.DeclineReason = referral.DeclineReason is null ? null : "";
                referral.Outcome = referral.Outcome is null ? null : "";
                referral.CancelReason = referral.CancelReason is null ? null : "";
                referralIds.Add(referral.Id);
            }

            foreach (var step in await db.ReferralStatusChanges.Where(c => referralIds.Contains(c.ReferralId) && c.Note != null).ToListAsync(cancellationToken))
            {
                step.Note = null;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            total += batch.Count;
        }

        return total;
    }

    /// <summary>Anonymises persons past their period whose every report is already anonymised.</summary>
    private async Task<int> AnonymisePersonsAsync(DateTimeOffset now, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var total = 0;
        while (total < MaxRecordsPerRun)
        {
            var batch = await db.Persons
                .Where(p => p.AnonymisedAt == null && p.CreatedAt < cutoff)
                .Where(p => !db.ReportPersons.Any(rp => rp.PersonId == p.Id
                    && db.Reports.Any(r => r.Id == rp.ReportId && r.AnonymisedAt == null)))
                .OrderBy(p => p.CreatedAt)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var ids = batch.Select(p => p.Id).ToList();
            foreach (var person in batch)
            {
                AnonymiseIdentity(person);
                person.AnonymisedAt = now;
                Audit(AuditActions.PersonAnonymised, "person", person.Id,
                    "NameLatin,NameArabic,NameSearch,DateOfBirth,EstimatedAgeMin,EstimatedAgeMax,GuardianName,GuardianRelation");
            }

            await EraseCaseTextAsync(ids, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            total += batch.Count;
        }

        return total;
    }

    /// <summary>Replaces the identity. The code, sex, nationality, province and vulnerabilities stay.</summary>
    private static void AnonymiseIdentity(Person person)
    {
        if (person.DateOfBirth is { } dateOfBirth)
        {
            // The band is taken at the record's creation, the age the casework knew.
            var (min, max) = AgeBand.Of(Age.YearsOn(dateOfBirth, MoroccoTime.ToLocalDate(person.CreatedAt)));
            person.EstimatedAgeMin = min;
            person.EstimatedAgeMax = max;
        }

        person.NameLatin = null;
        person.NameArabic = null;
        person.NameSearch = "";
        person.DateOfBirth = null;
        person.GuardianName = null;
        person.GuardianRelation = null;
    }

    /// <summary>Erases free text about the persons in screenings, decisions, the correction history and the consent ledger.</summary>
    private async Task EraseCaseTextAsync(List<Guid> personIds, CancellationToken cancellationToken)
    {
        foreach (var screening in await db.Screenings.Where(s => personIds.Contains(s.PersonId)).ToListAsync(cancellationToken))
        {
            screening.OverrideReason = screening.OverrideReason is null ? null : "";
            screening.Ticked = screening.Ticked.Select(t => t with { Note = null }).ToList();
        }

        foreach (var decision in await db.IdentificationDecisions.Where(d => personIds.Contains(d.PersonId)).ToListAsync(cancellationToken))
        {
            decision.Reason = "";
        }

        foreach (var correction in await db.PersonCorrections.Where(c => personIds.Contains(c.PersonId)).ToListAsync(cancellationToken))
        {
            correction.Reason = "";
            correction.Changes = correction.Changes.Select(c => new FieldChange(c.Field, null, null)).ToList();
        }

        foreach (var consent in await db.ConsentRecords.Where(c => personIds.Contains(c.PersonId)).ToListAsync(cancellationToken))
        {
            consent.Evidence = "";
            consent.WithdrawalReason = consent.WithdrawalReason is null ? null : "";
        }
    }

    private void Audit(string action, string entityType, Guid id, string changedProperties) =>
        audit.Add(null, action, entityType, id).ChangedProperties = changedProperties;

    [LoggerMessage(EventId = 4700, Level = LogLevel.Information,
        Message = "Retention job anonymised {Communications} communications, {Reports} reports and {Persons} persons")]
    private static partial void LogRun(ILogger logger, int communications, int reports, int persons);
}
