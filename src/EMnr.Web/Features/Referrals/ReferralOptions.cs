using System.ComponentModel.DataAnnotations;

namespace EMnr.Web.Features.Referrals;

/// <summary>Referral deadlines.</summary>
public sealed class ReferralOptions
{
    public const string Section = "Referrals";

    /// <summary>Hours the recipient has to acknowledge an urgent referral, for example one about a child.</summary>
    [Range(1, 720)]
    public int UrgentAcknowledgeHours { get; set; } = 24;

    /// <summary>Hours the recipient has to acknowledge any other referral.</summary>
    [Range(1, 720)]
    public int StandardAcknowledgeHours { get; set; } = 72;
}
