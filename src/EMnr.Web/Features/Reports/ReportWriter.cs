using System.Security.Claims;
using EMnr.Core.Communications;
using EMnr.Core.Data;
using EMnr.Core.Reports;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Referrals;
using EMnr.Web.Infrastructure;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EMnr.Web.Features.Reports;

/// <summary>Result of a report operation: the report, field errors, or a conflict with a message.</summary>
public sealed record ReportOutcome(Report? Report, IReadOnlyDictionary<string, string[]> Errors, string? Conflict = null)
{
    public bool Succeeded => Report is not null;

    public static ReportOutcome Invalid(string field, string message) => new(null, new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>Opens reports, numbers them and records their status changes.</summary>
public sealed partial class ReportWriter(
    EMnrDbContext db,
    CaseScope scope,
    IValidator<ReportDraft> validator,
    AuditLog audit,
    IClock clock,
    ILogger<ReportWriter> logger)
{
    public async Task<ReportOutcome> CreateAsync(ReportDraft draft, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await validator.ValidateAsync(draft, cancellationToken);
        var errors = result.Errors.GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());
        if (!string.IsNullOrEmpty(draft.ProvinceCode) && (!Core.Text.TextRules.IsSubdivisionCode(draft.ProvinceCode) || !await db.Provinces.AnyAsync(p => p.Code == draft.ProvinceCode, cancellationToken)))
        {
            errors[nameof(ReportDraft.ProvinceCode)] = [$"Unknown province code '{Core.Text.SearchText.Fold(draft.ProvinceCode).ToUpperInvariant()}'. Use an ISO 3166-2 code such as MA-HAO."];
        }

        if (draft.CrisisId is { } crisisId && !await db.Crises.AnyAsync(c => c.Id == crisisId, cancellationToken))
        {
            errors[nameof(ReportDraft.CrisisId)] = [$"Unknown crisis '{crisisId}'."];
        }

        Communication? communication = null;
        if (draft.CommunicationId is { } communicationId)
        {
            communication = await db.Communications.FirstOrDefaultAsync(c => c.Id == communicationId, cancellationToken);
            var visible = communication is not null
                && (Permissions.SeeAllCommunications.Any(user.IsInRole) || communication.InstitutionId == user.GetInstitutionId());
            if (!visible)
            {
                errors[nameof(ReportDraft.CommunicationId)] = ["No such communication, or it belongs to another institution."];
            }
            else if (communication!.Category != CommunicationCategory.SuspectedTrafficking)
            {
                errors[nameof(ReportDraft.CommunicationId)] = ["Only a suspected-trafficking communication can open a report."];
            }
            else if (communication.ReportId is not null)
            {
                return new ReportOutcome(null, new Dictionary<string, string[]>(), "A report was already opened from this communication.");
            }
        }

        if (errors.Count > 0)
        {
            return new ReportOutcome(null, errors);
        }

        var now = clock.UtcNow;
        var year = MoroccoTime.ToLocalDate(now).Year;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (sequence, reference) = await ReportNumbering.NextAsync(db, year, cancellationToken);
        var report = new Report
        {
            Id = Guid.CreateVersion7(),
            Reference = reference,
            Year = year,
            Sequence = sequence,
            Source = Enum.Parse<ReportSource>(draft.Source!, ignoreCase: true),
            CommunicationId = communication?.Id,
            ProvinceCode = string.IsNullOrEmpty(draft.ProvinceCode) ? communication?.ProvinceCode : draft.ProvinceCode,
            Commune = draft.Commune?.Trim(),
            FactsFrom = draft.FactsFrom,
            FactsTo = draft.FactsTo,
            Narrative = draft.Narrative!.Trim(),
            ExploitationForms = draft.ExploitationForms.Select(f => Enum.Parse<ExploitationForm>(f, ignoreCase: true)).Distinct().ToList(),
            IndicatorsObserved = draft.IndicatorsObserved?.Trim(),
            PerpetratorsDescription = draft.PerpetratorsDescription?.Trim(),
            Priority = string.IsNullOrEmpty(draft.Priority) ? ReportPriority.Normal : Enum.Parse<ReportPriority>(draft.Priority, ignoreCase: true),
            Status = ReportStatus.New,
            CrisisId = draft.CrisisId ?? communication?.CrisisId,
            InstitutionId = user.GetInstitutionId(),
            CreatedBy = user.GetUserId(),
            CreatedAt = now,
        };
        db.Reports.Add(report);
        db.ReportStatusChanges.Add(new ReportStatusChange
        {
            ReportId = report.Id,
            To = ReportStatus.New,
            ChangedBy = report.CreatedBy,
            ChangedAt = now,
        });
        if (communication is not null)
        {
            communication.ReportId = report.Id;
        }

        audit.Add(user, AuditActions.ReportCreated, "report", report.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ReportOutcome(null, new Dictionary<string, string[]>(), "A report was already opened from this communication.");
        }
        catch (DbUpdateException exception) when (IsConcurrentOpening(exception))
        {
            return new ReportOutcome(null, new Dictionary<string, string[]>(), "A report was already opened from this communication.");
        }

        LogCreated(logger, report.Id, report.Reference);
        return new ReportOutcome(report, new Dictionary<string, string[]>());
    }

    /// <summary>
    /// Moves a report to another status. Closing needs a reason and, for a report about a child, a
    /// judicial referral of each child. Stale versions get a conflict.
    /// </summary>
    public async Task<ReportOutcome> ChangeStatusAsync(
        Guid reportId, string? status, string? reason, uint? expectedVersion, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await scope.OwnedReports(user).AnyAsync(r => r.Id == reportId, cancellationToken))
        {
            return new ReportOutcome(null, new Dictionary<string, string[]>());
        }

        if (!CommunicationDraftValidator.BeDefined<ReportStatus>(status))
        {
            return ReportOutcome.Invalid("status", $"Unknown status '{status}'. Valid values: {string.Join(", ", Enum.GetNames<ReportStatus>())}.");
        }

        var target = Enum.Parse<ReportStatus>(status!, ignoreCase: true);
        if (target == ReportStatus.Closed && string.IsNullOrWhiteSpace(reason))
        {
            return ReportOutcome.Invalid("reason", "Give the reason for closing the report.");
        }

        if (reason is { Length: > 1000 } || !Core.Text.TextRules.HasNoControlCharacters(reason))
        {
            return ReportOutcome.Invalid("reason", "The reason is limited to 1,000 characters of text.");
        }

        var report = await db.Reports.FirstAsync(r => r.Id == reportId, cancellationToken);
        if (expectedVersion is { } version && report.Version != version)
        {
            return new ReportOutcome(null, new Dictionary<string, string[]>(), "The report was changed by someone else. Reload it and try again.");
        }

        if (report.Status == target)
        {
            return new ReportOutcome(report, new Dictionary<string, string[]>());
        }

        if (report.Status == ReportStatus.Closed)
        {
            return ReportOutcome.Invalid("status", "The report is closed; it cannot change status.");
        }

        if (target == ReportStatus.Closed
            && await ChildReferralRule.FindUnreferredChildAsync(db, report, MoroccoTime.ToLocalDate(clock.UtcNow), cancellationToken) is not null)
        {
            return new ReportOutcome(null, new Dictionary<string, string[]>(), ChildReferralRule.Message);
        }

        var from = report.Status;
        report.Status = target;
        report.ClosedReason = target == ReportStatus.Closed ? reason!.Trim() : null;
        db.ReportStatusChanges.Add(new ReportStatusChange
        {
            ReportId = report.Id,
            From = from,
            To = target,
            Reason = reason?.Trim(),
            ChangedBy = user.GetUserId(),
            ChangedAt = clock.UtcNow,
        });
        audit.Add(user, AuditActions.ReportStatusChanged, "report", report.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ReportOutcome(null, new Dictionary<string, string[]>(), "The report was changed by someone else. Reload it and try again.");
        }

        return new ReportOutcome(report, new Dictionary<string, string[]>());
    }

    /// <summary>Assigns a report to a Commission reviewer, or clears the assignment. Only reviewers assign.</summary>
    public async Task<ReportOutcome> AssignAsync(Guid reportId, Guid? reviewerId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!await scope.OwnedReports(user).AnyAsync(r => r.Id == reportId, cancellationToken))
        {
            return new ReportOutcome(null, new Dictionary<string, string[]>());
        }

        if (reviewerId is { } id)
        {
            var isReviewer = await db.UserRoles.AnyAsync(
                ur => ur.UserId == id && db.Roles.Any(role => role.Id == ur.RoleId && role.Name == Core.Identity.Roles.CommissionReviewer),
                cancellationToken);
            if (!isReviewer)
            {
                return ReportOutcome.Invalid("reviewerId", "Reports are assigned to Commission reviewers only.");
            }
        }

        var report = await db.Reports.FirstAsync(r => r.Id == reportId, cancellationToken);
        report.AssignedReviewerId = reviewerId;
        audit.Add(user, AuditActions.ReportAssigned, "report", report.Id);
        await db.SaveChangesAsync(cancellationToken);
        return new ReportOutcome(report, new Dictionary<string, string[]>());
    }

    private static bool IsConcurrentOpening(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique
        && unique.ConstraintName == "ix_reports_communication_id";

    [LoggerMessage(EventId = 4000, Level = LogLevel.Information, Message = "Report {ReportId} opened as {Reference}")]
    private static partial void LogCreated(ILogger logger, Guid reportId, string reference);
}
