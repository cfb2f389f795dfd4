namespace EMnr.Core.Communications;

/// <summary>Intake channel through which a communication reached the platform.</summary>
public enum Channel
{
    GreenLine,
    WebForm,
    Email,
    WalkIn,
    SocialMediaMonitoring,
    InstitutionNotice,
    PartnerApi,
}
