using EMnr.Core.Institutions;

namespace EMnr.Core.Referrals;

/// <summary>A request from one institution, or the Commission, to another about a report and persons in it (orientation).</summary>
public sealed class Referral
{
    public const int TextMaxLength = 2000;

    public Guid Id { get; set; }

    /// <summary>Yearly reference such as <c>ORI-2026-00012</c>, without gaps within a year.</summary>
    public string Reference { get; set; } = "";

    public int Year { get; set; }

    public int Sequence { get; set; }

    public ReferralKind Kind { get; set; }

    /// <summary>Service requested; set for service referrals only.</summary>
    public ServiceKind? Service { get; set; }

    public Guid ReportId { get; set; }

    public Guid FromInstitutionId { get; set; }

    /// <summary>True when the Commission sent it, so that its reviewers act as the sender.</summary>
    public bool SentByCommission { get; set; }

    public Guid ToInstitutionId { get; set; }

    public bool Urgent { get; set; }

    /// <summary>Why the sender refers the persons and what it expects.</summary>
    public string Reason { get; set; } = "";

    public ReferralStatus Status { get; set; }

    public string? DeclineReason { get; set; }

    public string? Outcome { get; set; }

    public string? CancelReason { get; set; }

    public Guid SentBy { get; set; }

    public DateTimeOffset SentAt { get; set; }

    /// <summary>Deadline to acknowledge: 24 hours after sending for an urgent referral, 72 hours otherwise by default.</summary>
    public DateTimeOffset AcknowledgeBy { get; set; }

    public DateTimeOffset? AcknowledgedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Concurrency token (PostgreSQL <c>xmin</c>), sent as the ETag.</summary>
    public uint Version { get; set; }

    public List<ReferralPerson> Persons { get; set; } = [];
}

/// <summary>A person referred, whether the identity is shared, and the legal basis that applied when it was sent.</summary>
public sealed class ReferralPerson
{
    public Guid ReferralId { get; set; }

    public Guid PersonId { get; set; }

    public bool SharesIdentity { get; set; }

    public LegalBasis LegalBasis { get; set; }

    /// <summary>Consent record that allowed sharing, when <see cref="LegalBasis"/> is <see cref="LegalBasis.Consent"/>.</summary>
    public Guid? ConsentRecordId { get; set; }

    /// <summary>Whether the child rule applied to the person when the referral was sent.</summary>
    public bool Child { get; set; }
}

/// <summary>One status change of a referral: from, to, who, for which institution, when and why.</summary>
public sealed class ReferralStatusChange
{
    public long Id { get; set; }

    public Guid ReferralId { get; set; }

    public ReferralStatus? From { get; set; }

    public ReferralStatus To { get; set; }

    public Guid ChangedBy { get; set; }

    public Guid InstitutionId { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    public string? Note { get; set; }
}

/// <summary>
/// The moment a referral was found past its acknowledgement deadline. Kept apart from the referral
/// so that flagging does not change the referral's version under a user who is about to act on it;
/// the primary key makes the flag, and its notifications, happen once.
/// </summary>
public sealed class ReferralOverdueFlag
{
    public Guid ReferralId { get; set; }

    public DateTimeOffset FlaggedAt { get; set; }
}

/// <summary>Last referral reference number issued per year; its row lock serialises concurrent sending.</summary>
public sealed class ReferralCounter
{
    public int Year { get; set; }

    public int LastSequence { get; set; }
}
