using EMnr.Core.Notifications;
using EMnr.Core.Referrals;

namespace EMnr.Web.Features.Referrals;

/// <summary>Notification kinds and links of referrals. The notifier names the referral by its reference, never a person.</summary>
internal static class ReferralNotices
{
    public static string Link(Guid referralId) => $"/Referrals/Details/{referralId}";

    /// <summary>The kind that announces a move to <paramref name="status"/> to the other side.</summary>
    public static string ForStatus(ReferralStatus status) => status switch
    {
        ReferralStatus.Acknowledged => NotificationKinds.ReferralAcknowledged,
        ReferralStatus.Accepted => NotificationKinds.ReferralAccepted,
        ReferralStatus.Declined => NotificationKinds.ReferralDeclined,
        ReferralStatus.InProgress => NotificationKinds.ReferralStarted,
        ReferralStatus.Completed => NotificationKinds.ReferralCompleted,
        ReferralStatus.Cancelled => NotificationKinds.ReferralCancelled,
        _ => NotificationKinds.ReferralReceived,
    };
}
