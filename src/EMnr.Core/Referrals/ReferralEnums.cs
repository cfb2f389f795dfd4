namespace EMnr.Core.Referrals;

/// <summary>What a referral asks of its recipient.</summary>
public enum ReferralKind
{
    /// <summary>To a prosecutor, for the judicial response and, for a child, protection.</summary>
    Judicial,

    /// <summary>To the police or the gendarmerie, for investigation.</summary>
    Security,

    /// <summary>To an institution offering a support service.</summary>
    Service,
}

/// <summary>Workflow state of a referral.</summary>
public enum ReferralStatus
{
    Sent,
    Acknowledged,
    Accepted,
    Declined,
    InProgress,
    Completed,
    Cancelled,
}

/// <summary>A step that moves a referral from one status to another.</summary>
public enum ReferralAction
{
    Acknowledge,
    Accept,
    Decline,
    Start,
    Complete,
    Cancel,
}

/// <summary>The part an institution plays in a referral.</summary>
public enum ReferralSide
{
    Sender,
    Recipient,
}

/// <summary>Why a referred person's identity was shared with the recipient, or that it was not.</summary>
public enum LegalBasis
{
    /// <summary>Consent of the person, or of a guardian or the prosecutor for a child, recorded in the consent ledger.</summary>
    Consent,

    /// <summary>A child referred to the prosecutor for protection: the law requires it, whatever the consent.</summary>
    ChildProtection,

    /// <summary>A referral to the police, the gendarmerie or a prosecutor: the law allows it without consent.</summary>
    LawEnforcement,

    /// <summary>The identity is not shared: the recipient sees the pseudonymous code only.</summary>
    NoIdentity,
}
