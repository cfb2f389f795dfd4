namespace EMnr.Core.Institutions;

/// <summary>Kind of partner institution, used for routing and statistics.</summary>
public enum InstitutionType
{
    Commission,
    Prosecution,
    Police,
    Gendarmerie,
    SocialServices,
    Health,
    LabourInspection,
    ChildProtection,
    Consular,
    InternationalOrganisation,
    Association,
    Ministry,
}
