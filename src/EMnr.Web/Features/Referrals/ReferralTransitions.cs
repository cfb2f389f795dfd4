using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Referrals;
using EMnr.Core.Text;
using EMnr.Core.Time;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Features.Notifications;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Referrals;

/// <summary>
/// Applies the recipient's and the sender's actions to a referral. Each action names the version it
/// was based on; a referral changed since then is not overwritten, and the caller gets its current
/// status and allowed actions instead.
/// </summary>
public sealed partial class ReferralTransitions(
    EMnrDbContext db,
    ReferralQueries queries,
    Notifier notifier,
    AuditLog audit,
    IClock clock,
    ILogger<ReferralTransitions> logger)
{
    public const string StaleMessage = "The referral was changed by someone else since you read it. Nothing was saved: read it again and retry.";

    public async Task<ReferralOutcome> ApplyAsync(
        Guid id, ReferralAction action, ReferralActionRequest request, uint expectedVersion, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        if (!await queries.Visible(user).AnyAsync(r => r.Id == id, cancellationToken))
        {
            return ReferralOutcome.Missing;
        }

        var errors = CheckText(action, request);
        if (errors.Count > 0)
        {
            return ReferralOutcome.Invalid(errors);
        }

        var referral = await db.Referrals.FirstAsync(r => r.Id == id, cancellationToken);
        var sides = ReferralQueries.SidesOf(referral, user);
        if (referral.Version != expectedVersion)
        {
            return Conflict(referral, sides, StaleMessage);
        }

        var side = ReferralStateMachine.SideOf(action);
        var next = sides.Contains(side) ? ReferralStateMachine.Next(referral.Status, action, side) : null;
        if (next is null)
        {
            var message = sides.Contains(side)
                ? $"A referral that is {referral.Status} cannot be {Past(action)}."
                : $"Only the {(side == ReferralSide.Sender ? "sending" : "receiving")} institution can {action.ToString().ToLowerInvariant()} this referral.";
            return Conflict(referral, sides, message);
        }

        var from = referral.Status;
        Apply(referral, action, next.Value, request, user);
        await NotifyOtherSideAsync(referral, action, cancellationToken);
        audit.Add(user, AuditActions.ReferralStatusChanged, "referral", referral.Id);

        // The row is updated only if its xmin is still the version the caller read.
        db.Entry(referral).Property(r => r.Version).OriginalValue = expectedVersion;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Referrals.AsNoTracking().FirstAsync(r => r.Id == id, cancellationToken);
            return Conflict(current, ReferralQueries.SidesOf(current, user), StaleMessage);
        }

        LogChanged(logger, referral.Id, from, referral.Status);
        return new ReferralOutcome(referral, new Dictionary<string, string[]>());
    }

    private void Apply(Referral referral, ReferralAction action, ReferralStatus next, ReferralActionRequest request, ClaimsPrincipal user)
    {
        var now = clock.UtcNow;
        var text = action switch
        {
            ReferralAction.Decline => referral.DeclineReason = request.Reason!.Trim(),
            ReferralAction.Complete => referral.Outcome = request.Outcome!.Trim(),
            ReferralAction.Cancel => referral.CancelReason = request.Reason!.Trim(),
            _ => null,
        };
        db.ReferralStatusChanges.Add(new ReferralStatusChange
        {
            ReferralId = referral.Id,
            From = referral.Status,
            To = next,
            ChangedBy = user.GetUserId(),
            InstitutionId = user.GetInstitutionId(),
            ChangedAt = now,
            Note = JoinNotes(text, request.Note),
        });

        // Any first answer of the recipient stops the acknowledgement clock.
        if (action != ReferralAction.Cancel && referral.AcknowledgedAt is null)
        {
            referral.AcknowledgedAt = now;
        }

        referral.Status = next;
        referral.UpdatedAt = now;
    }

    private Task NotifyOtherSideAsync(Referral referral, ReferralAction action, CancellationToken cancellationToken)
    {
        var institutionId = action == ReferralAction.Cancel ? referral.ToInstitutionId : referral.FromInstitutionId;
        return notifier.NotifyInstitutionAsync(
            institutionId, ReferralNotices.ForStatus(referral.Status), referral.Reference, ReferralNotices.Link(referral.Id), cancellationToken);
    }

    private static Dictionary<string, string[]> CheckText(ReferralAction action, ReferralActionRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var (field, value) = action == ReferralAction.Complete
            ? (nameof(ReferralActionRequest.Outcome), request.Outcome)
            : (nameof(ReferralActionRequest.Reason), request.Reason);
        if (ReferralStateMachine.RequiresText(action) && string.IsNullOrWhiteSpace(value))
        {
            errors[field] = [action switch
            {
                ReferralAction.Complete => "Give the outcome of the referral to complete it.",
                ReferralAction.Decline => "Give the reason for declining the referral.",
                _ => "Give the reason for cancelling the referral.",
            }];
        }

        foreach (var (name, text) in new[] { (nameof(request.Reason), request.Reason), (nameof(request.Outcome), request.Outcome), (nameof(request.Note), request.Note) })
        {
            if (text is { Length: > Referral.TextMaxLength } || !TextRules.HasNoControlCharacters(text))
            {
                errors[name] = ["The text is limited to 2,000 characters, without control characters."];
            }
        }

        return errors;
    }

    private static string? JoinNotes(string? text, string? note)
    {
        var parts = new[] { text, note?.Trim() }.Where(p => !string.IsNullOrEmpty(p)).ToList();
        var joined = parts.Count == 0 ? null : string.Join(" — ", parts);
        return joined is { Length: > Referral.TextMaxLength } ? joined[..Referral.TextMaxLength] : joined;
    }

    private static ReferralOutcome Conflict(Referral referral, IReadOnlyList<ReferralSide> sides, string message)
    {
        var allowed = ReferralStateMachine.AllowedActions(referral.Status, sides);
        var allowedText = allowed.Count == 0 ? "none" : string.Join(", ", allowed);
        return new ReferralOutcome(null, new Dictionary<string, string[]>())
        {
            Conflict = $"{message} Current status: {referral.Status}. Actions allowed to you: {allowedText}.",
            CurrentStatus = referral.Status,
            AllowedActions = allowed,
            CurrentVersion = referral.Version,
        };
    }

    private static string Past(ReferralAction action) => action switch
    {
        ReferralAction.Acknowledge => "acknowledged",
        ReferralAction.Accept => "accepted",
        ReferralAction.Decline => "declined",
        ReferralAction.Start => "started",
        ReferralAction.Complete => "completed",
        _ => "cancelled",
    };

    [LoggerMessage(EventId = 4501, Level = LogLevel.Information, Message = "Referral {ReferralId} moved from {From} to {To}")]
    private static partial void LogChanged(ILogger logger, Guid referralId, ReferralStatus from, ReferralStatus to);
}
