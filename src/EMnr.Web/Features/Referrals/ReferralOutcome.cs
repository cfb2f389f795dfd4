using EMnr.Core.Referrals;

namespace EMnr.Web.Features.Referrals;

/// <summary>
/// Result of a referral operation: the referral, field errors, a conflict with the current status
/// and the caller's allowed actions, or not found.
/// </summary>
public sealed record ReferralOutcome(Referral? Referral, IReadOnlyDictionary<string, string[]> Errors)
{
    public string? Conflict { get; init; }

    public ReferralStatus? CurrentStatus { get; init; }

    public IReadOnlyList<ReferralAction> AllowedActions { get; init; } = [];

    public uint? CurrentVersion { get; init; }

    public bool NotFound { get; init; }

    public bool Succeeded => Referral is not null;

    public static ReferralOutcome Missing { get; } = new(null, new Dictionary<string, string[]>()) { NotFound = true };

    public static ReferralOutcome Invalid(Dictionary<string, string[]> errors) => new(null, errors);

    public static ReferralOutcome Invalid(string field, string message) =>
        new(null, new Dictionary<string, string[]> { [field] = [message] });
}
