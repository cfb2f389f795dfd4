using System.Globalization;
using EMnr.Core.Institutions;
using EMnr.Core.Referrals;
using EMnr.Core.Time;

namespace EMnr.Web.Features.Referrals;

/// <summary>A referral to send. An invalid kind or service gets an error that lists the valid names.</summary>
public sealed record ReferralRequest
{
    public Guid? ReportId { get; init; }

    /// <summary>Judicial, Security or Service.</summary>
    public string? Kind { get; init; }

    /// <summary>Service requested, for a service referral only, for example Shelter.</summary>
    public string? Service { get; init; }

    public Guid? ToInstitutionId { get; init; }

    /// <summary>Urgent or not; a referral of a child is urgent whatever is sent.</summary>
    public bool? Urgent { get; init; }

    public string? Reason { get; init; }

    public IReadOnlyList<ReferralPersonRequest>? Persons { get; init; }
}

/// <summary>A person of the report to refer, and whether to share the identity with the recipient.</summary>
public sealed record ReferralPersonRequest(Guid PersonId, bool ShareIdentity);

/// <summary>Text that goes with an action: the reason to decline or cancel, the outcome to complete, or a note.</summary>
public sealed record ReferralActionRequest(string? Reason = null, string? Outcome = null, string? Note = null);

/// <summary>An institution as a referral names it.</summary>
public sealed record InstitutionRef(Guid Id, string Code, string NameFr, string NameAr)
{
    public static InstitutionRef From(Institution i) => new(i.Id, i.Code, i.NameFr, i.NameAr);
}

/// <summary>
/// The acknowledgement clock. It runs while the referral is Sent: <c>minutesLeft</c> counts down to
/// the deadline, then <c>minutesOverdue</c> counts up. It stops once the recipient acts.
/// </summary>
public sealed record ReferralClock(
    DateTimeOffset AcknowledgeBy, string AcknowledgeByCasablanca, bool Running, bool Overdue, long? MinutesLeft, long? MinutesOverdue,
    DateTimeOffset? OverdueFlaggedAt)
{
    public static ReferralClock For(Referral r, DateTimeOffset? flaggedAt, DateTimeOffset now)
    {
        var running = r.Status == ReferralStatus.Sent;
        var left = r.AcknowledgeBy - now;
        var overdue = running && left < TimeSpan.Zero;
        return new ReferralClock(
            r.AcknowledgeBy, MoroccoTime.Format(r.AcknowledgeBy), running, overdue,
            running && !overdue ? (long)Math.Ceiling(left.TotalMinutes) : null,
            overdue ? (long)Math.Floor(-left.TotalMinutes) : null,
            flaggedAt);
    }
}

/// <summary>
/// A referred person by pseudonymous code. <c>identityAvailable</c> is true when the caller may read
/// the identity at <c>GET /api/v1/persons/{id}</c>; the referral itself never carries names.
/// </summary>
public sealed record ReferralPersonResponse(
    Guid PersonId, string Code, bool Child, bool SharesIdentity, string LegalBasis, Guid? ConsentRecordId, bool IdentityAvailable);

/// <summary>A referral as returned by the API, with the actions the caller may take now.</summary>
public sealed record ReferralResponse(
    Guid Id,
    string Reference,
    string Kind,
    string? Service,
    Guid ReportId,
    string ReportReference,
    InstitutionRef From,
    InstitutionRef To,
    bool SentByCommission,
    bool Urgent,
    string Reason,
    string Status,
    string? DeclineReason,
    string? Outcome,
    string? CancelReason,
    DateTimeOffset SentAt,
    DateTimeOffset? AcknowledgedAt,
    ReferralClock Clock,
    IReadOnlyList<ReferralPersonResponse> Persons,
    IReadOnlyList<string> AllowedActions,
    string Version)
{
    public static string FormatVersion(uint version) => version.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A referral in a list.</summary>
public sealed record ReferralSummary(
    Guid Id,
    string Reference,
    string Kind,
    string? Service,
    Guid ReportId,
    string ReportReference,
    Guid FromInstitutionId,
    string FromCode,
    Guid ToInstitutionId,
    string ToCode,
    bool Urgent,
    string Status,
    DateTimeOffset SentAt,
    DateTimeOffset AcknowledgeBy,
    bool Overdue,
    int PersonCount);

/// <summary>One page of a box, with the number of referrals in each status of the whole box.</summary>
public sealed record ReferralPageResponse(
    IReadOnlyList<ReferralSummary> Items, string? NextCursor, IReadOnlyDictionary<string, int> Counts, int Overdue);

/// <summary>One status change in a referral's history.</summary>
public sealed record ReferralHistoryEntry(string? From, string To, Guid ChangedBy, Guid InstitutionId, DateTimeOffset ChangedAt, string? Note);

/// <summary>An institution suggested as recipient, covering the report's province or the whole country.</summary>
public sealed record RecipientSuggestion(
    Guid Id, string Code, string NameFr, string NameAr, string Type, IReadOnlyList<string> Services, bool CoversProvince);
