using EMnr.Core.Institutions;

namespace EMnr.Core.Persons;

/// <summary>Who gave a consent to share a person's data.</summary>
public enum ConsentGiver
{
    /// <summary>The adult person themselves.</summary>
    Person,

    /// <summary>A child's legal guardian.</summary>
    Guardian,

    /// <summary>An authorisation of the public prosecutor, for a child.</summary>
    ProsecutorAuthorisation,
}

/// <summary>
/// One entry of a person's consent ledger: sharing their identity with one institution, or with
/// every institution of one type, for one service. Entries are never deleted; a withdrawal is
/// recorded on the entry and stops further sharing, not past referrals.
/// </summary>
public sealed class ConsentRecord
{
    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    /// <summary>The one institution the consent names; null when it names a type of institution.</summary>
    public Guid? RecipientInstitutionId { get; set; }

    /// <summary>The type of institution the consent names; null when it names one institution.</summary>
    public InstitutionType? RecipientType { get; set; }

    /// <summary>The service the data is shared for.</summary>
    public ServiceKind Purpose { get; set; }

    public ConsentGiver GivenBy { get; set; }

    public DateTimeOffset GivenAt { get; set; }

    /// <summary>What proves the consent, for example a signed form's number; never scanned identity papers.</summary>
    public string Evidence { get; set; } = "";

    /// <summary>End of validity. For a child, the day the child turns 18, when their own consent becomes necessary.</summary>
    public DateTimeOffset? ValidUntil { get; set; }

    public Guid RecordedBy { get; set; }

    public Guid RecordedByInstitutionId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public Guid? WithdrawnBy { get; set; }

    public string? WithdrawalReason { get; set; }

    public uint Version { get; set; }
}
