namespace EMnr.Core.Notifications;

/// <summary>
/// An in-app notice for one user about one record, named by its reference. The text is composed
/// in the reader's language from <see cref="Kind"/>; it never carries a person's name.
/// </summary>
public sealed class Notification
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    /// <summary>What happened, one of <see cref="NotificationKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The record's reference, for example <c>ORI-2026-00012</c>.</summary>
    public required string Reference { get; set; }

    /// <summary>Local path of the record's page.</summary>
    public required string Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}

/// <summary>Stable kinds of notification; each has a text in the resources under <c>Notification.{kind}</c>.</summary>
public static class NotificationKinds
{
    public const string ReferralReceived = "referral.received";
    public const string ReferralAcknowledged = "referral.acknowledged";
    public const string ReferralAccepted = "referral.accepted";
    public const string ReferralDeclined = "referral.declined";
    public const string ReferralStarted = "referral.started";
    public const string ReferralCompleted = "referral.completed";
    public const string ReferralCancelled = "referral.cancelled";
    public const string ReferralOverdue = "referral.overdue";

    public static readonly IReadOnlyList<string> All =
    [
        ReferralReceived, ReferralAcknowledged, ReferralAccepted, ReferralDeclined,
        ReferralStarted, ReferralCompleted, ReferralCancelled, ReferralOverdue,
    ];
}
