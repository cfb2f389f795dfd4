namespace EMnr.Core.Referrals;

/// <summary>One allowed step: the action, the side that may take it, the statuses it starts from and where it leads.</summary>
public sealed record ReferralTransition(ReferralAction Action, ReferralSide Side, IReadOnlyList<ReferralStatus> From, ReferralStatus To);

/// <summary>
/// Which action is allowed from which status, and for which side. The recipient acknowledges,
/// accepts or declines, starts and completes; the sender can cancel until the referral is closed.
/// Declined, Completed and Cancelled are final.
/// </summary>
public static class ReferralStateMachine
{
    public static IReadOnlyList<ReferralTransition> Transitions { get; } =
    [
        new(ReferralAction.Acknowledge, ReferralSide.Recipient, [ReferralStatus.Sent], ReferralStatus.Acknowledged),
        new(ReferralAction.Accept, ReferralSide.Recipient, [ReferralStatus.Sent, ReferralStatus.Acknowledged], ReferralStatus.Accepted),
        new(ReferralAction.Decline, ReferralSide.Recipient, [ReferralStatus.Sent, ReferralStatus.Acknowledged], ReferralStatus.Declined),
        new(ReferralAction.Start, ReferralSide.Recipient, [ReferralStatus.Accepted], ReferralStatus.InProgress),
        new(ReferralAction.Complete, ReferralSide.Recipient, [ReferralStatus.Accepted, ReferralStatus.InProgress], ReferralStatus.Completed),
        new(ReferralAction.Cancel, ReferralSide.Sender,
            [ReferralStatus.Sent, ReferralStatus.Acknowledged, ReferralStatus.Accepted, ReferralStatus.InProgress], ReferralStatus.Cancelled),
    ];

    /// <summary>Statuses in which the recipient sees the report and the referred persons.</summary>
    public static IReadOnlyList<ReferralStatus> GrantingAccess { get; } =
        [ReferralStatus.Sent, ReferralStatus.Acknowledged, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Completed];

    /// <summary>Returns the status the action leads to, or null when the side may not take it from <paramref name="status"/>.</summary>
    public static ReferralStatus? Next(ReferralStatus status, ReferralAction action, ReferralSide side) =>
        Transitions.FirstOrDefault(t => t.Action == action && t.Side == side && t.From.Contains(status))?.To;

    /// <summary>Lists the actions the given sides may take from <paramref name="status"/>, in declaration order.</summary>
    public static IReadOnlyList<ReferralAction> AllowedActions(ReferralStatus status, IReadOnlyCollection<ReferralSide> sides) =>
        Transitions.Where(t => sides.Contains(t.Side) && t.From.Contains(status)).Select(t => t.Action).ToList();

    /// <summary>The side that takes an action: cancelling belongs to the sender, every other action to the recipient.</summary>
    public static ReferralSide SideOf(ReferralAction action) =>
        action == ReferralAction.Cancel ? ReferralSide.Sender : ReferralSide.Recipient;

    /// <summary>True for the actions that need a text: a decline reason, a completion outcome, a cancellation reason.</summary>
    public static bool RequiresText(ReferralAction action) =>
        action is ReferralAction.Decline or ReferralAction.Complete or ReferralAction.Cancel;

    public static bool IsFinal(ReferralStatus status) =>
        status is ReferralStatus.Declined or ReferralStatus.Completed or ReferralStatus.Cancelled;
}
