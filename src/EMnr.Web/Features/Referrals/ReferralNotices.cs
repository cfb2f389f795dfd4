using EMnr.Core.Referrals;

namespace EMnr.Web.Features.Referrals;

/// <summary>
/// Kinds, titles and links of referral notifications. Titles name the referral by its reference,
/// never a person, because they also go out by e-mail.
/// </summary>
internal static class ReferralNotices
{
    public const string Sent = "referral.sent";
    public const string StatusChanged = "referral.status";
    public const string Overdue = "referral.overdue";

    public static string Link(Guid referralId) => $"/Referrals/Details/{referralId}";

    public static string SentTitle(Referral r) =>
        r.Urgent ? $"Nouvelle orientation urgente {r.Reference}" : $"Nouvelle orientation {r.Reference}";

    public static string StatusTitle(Referral r) => r.Status switch
    {
        ReferralStatus.Acknowledged => $"Orientation {r.Reference} : accusé de réception",
        ReferralStatus.Accepted => $"Orientation {r.Reference} : acceptée",
        ReferralStatus.Declined => $"Orientation {r.Reference} : refusée",
        ReferralStatus.InProgress => $"Orientation {r.Reference} : prise en charge commencée",
        ReferralStatus.Completed => $"Orientation {r.Reference} : terminée",
        ReferralStatus.Cancelled => $"Orientation {r.Reference} : annulée par l'expéditeur",
        _ => $"Orientation {r.Reference} : {r.Status}",
    };

    public static string OverdueTitle(Referral r) => $"Orientation {r.Reference} : accusé de réception en retard";
}
