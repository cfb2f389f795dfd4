using EMnr.Core.Data;
using EMnr.Core.Notifications;
using EMnr.Core.Referrals;
using EMnr.Web.Features.Notifications;
using EMnr.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Features.Referrals;

/// <summary>
/// Flags referrals still Sent past their acknowledgement deadline, once each, and notifies the
/// sending institution and the Commission. Runs every five minutes in the scheduler's transaction.
/// </summary>
public sealed partial class ReferralDeadlineJob(EMnrDbContext db, Notifier notifier, ILogger<ReferralDeadlineJob> logger) : IScheduledJob
{
    public const string Name = "referral-deadlines";

    public static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    /// <summary>Referrals flagged per run; the next run takes the rest.</summary>
    public const int BatchSize = 500;

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var overdue = await db.Referrals
            .Where(r => r.Status == ReferralStatus.Sent && r.AcknowledgeBy < now
                && !db.ReferralOverdueFlags.Any(f => f.ReferralId == r.Id))
            .OrderBy(r => r.AcknowledgeBy)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var referral in overdue)
        {
            db.ReferralOverdueFlags.Add(new ReferralOverdueFlag { ReferralId = referral.Id, FlaggedAt = now });
            var link = ReferralNotices.Link(referral.Id);
            await notifier.NotifyInstitutionAsync(referral.FromInstitutionId, NotificationKinds.ReferralOverdue, referral.Reference, link, cancellationToken);

            // When the Commission sent the referral, its reviewers were just notified as the sender.
            if (!referral.SentByCommission)
            {
                await notifier.NotifyCommissionAsync(NotificationKinds.ReferralOverdue, referral.Reference, link, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        if (overdue.Count > 0)
        {
            LogFlagged(logger, overdue.Count);
        }
    }

    [LoggerMessage(EventId = 4502, Level = LogLevel.Warning, Message = "{Count} referrals flagged as overdue for acknowledgement")]
    private static partial void LogFlagged(ILogger logger, int count);
}
