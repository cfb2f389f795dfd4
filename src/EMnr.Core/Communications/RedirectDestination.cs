namespace EMnr.Core.Communications;

/// <summary>Competent authority that a call outside trafficking was redirected to.</summary>
public enum RedirectDestination
{
    Police,
    Gendarmerie,
    PublicProsecution,
    ChildProtection,
    SocialServices,
    HealthServices,
    CivilProtection,
    LocalAuthorities,
    Association,
    Other,
}
