namespace EMnr.Core.Institutions;

/// <summary>Support services an institution offers and a service referral asks for.</summary>
public enum ServiceKind
{
    Shelter,
    MedicalCare,
    PsychologicalSupport,
    LegalAid,
    Interpretation,
    Education,
    FamilyTracing,
    ReturnAndReintegration,
}
