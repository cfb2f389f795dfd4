using EMnr.Core.Institutions;

namespace EMnr.Core.ReferenceData;

/// <summary>Seed row for one partner institution. An empty <see cref="ProvinceCodes"/> list means national coverage.</summary>
public sealed record InstitutionSeed(string Code, string NameFr, string NameAr, InstitutionType Type, IReadOnlyList<string> ProvinceCodes)
{
    /// <summary>Support services offered; empty for institutions that take judicial or security referrals only.</summary>
    public IReadOnlyList<ServiceKind> Services { get; init; } = [];
}

/// <summary>Real Moroccan and international partners of the anti-trafficking referral network, with their official French and Arabic names.</summary>
public static class InstitutionSeeds
{
    public const string CommissionCode = "CNCLTEH";

    // NOTE: The services listed are the ones these institutions are known to offer victims; the
    // Commission should confirm them with each focal point, and administrators can edit them.
    public static IReadOnlyList<InstitutionSeed> All { get; } =
    [
        new(CommissionCode, "Commission nationale chargée de la coordination des mesures ayant pour but la lutte et la prévention de la traite des êtres humains", "اللجنة الوطنية لتنسيق إجراءات مكافحة الاتجار بالبشر والوقاية منه", InstitutionType.Commission, []),

        new("PMP", "Présidence du Ministère Public", "رئاسة النيابة العامة", InstitutionType.Prosecution, []),

        // NOTE: The coverage assumes this court serves every Marrakech-Safi province except Safi and Youssoufia, which the Safi court of appeal serves.
        // It has not been checked against the decree that sets the courts' jurisdictions.
        new("PG-CA-MARRAKECH", "Parquet général près la Cour d'appel de Marrakech", "النيابة العامة لدى محكمة الاستئناف بمراكش", InstitutionType.Prosecution, ["MA-MAR", "MA-HAO", "MA-CHI", "MA-KES", "MA-ESI", "MA-REH"]),
        new("MJ", "Ministère de la Justice", "وزارة العدل", InstitutionType.Ministry, []),

        new("DGSN", "Direction Générale de la Sûreté Nationale", "المديرية العامة للأمن الوطني", InstitutionType.Police, []),
        new("GR", "Gendarmerie Royale", "الدرك الملكي", InstitutionType.Gendarmerie, []),
        new("MI", "Ministère de l'Intérieur", "وزارة الداخلية", InstitutionType.Ministry, []),

        new("EN", "Entraide Nationale", "التعاون الوطني", InstitutionType.SocialServices, []) { Services = [ServiceKind.Shelter, ServiceKind.Education, ServiceKind.PsychologicalSupport] },
        new("MSISF", "Ministère de la Solidarité, de l'Insertion sociale et de la Famille", "وزارة التضامن والإدماج الاجتماعي والأسرة", InstitutionType.Ministry, []),
        new("UPE", "Unités de protection de l'enfance (Entraide Nationale)", "وحدات حماية الطفولة (التعاون الوطني)", InstitutionType.ChildProtection, []) { Services = [ServiceKind.Shelter, ServiceKind.PsychologicalSupport, ServiceKind.FamilyTracing, ServiceKind.Education] },

        new("MSPS", "Ministère de la Santé et de la Protection sociale", "وزارة الصحة والحماية الاجتماعية", InstitutionType.Health, []),
        new("CHU-MARRAKECH-UPEV", "Cellule de prise en charge des femmes et enfants victimes de violence – CHU Mohammed VI de Marrakech", "خلية التكفل بالنساء والأطفال ضحايا العنف - المركز الاستشفائي الجامعي محمد السادس بمراكش", InstitutionType.Health, ["MA-MAR"]) { Services = [ServiceKind.MedicalCare, ServiceKind.PsychologicalSupport] },

        new("MIEPEEC-IT", "Inspection du travail – Ministère de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences", "مفتشية الشغل - وزارة الإدماج الاقتصادي والمقاولة الصغرى والتشغيل والكفاءات", InstitutionType.LabourInspection, []),

        new("MAE-DACS", "Ministère des Affaires étrangères, de la Coopération africaine et des Marocains résidant à l'étranger – Direction des affaires consulaires et sociales", "وزارة الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج - مديرية الشؤون القنصلية والاجتماعية", InstitutionType.Consular, []) { Services = [ServiceKind.ReturnAndReintegration, ServiceKind.FamilyTracing] },

        // NOTE: The CNDH is an independent constitutional body, so no InstitutionType fits exactly. Ministry is the closest.
        new("CNDH", "Conseil National des Droits de l'Homme", "المجلس الوطني لحقوق الإنسان", InstitutionType.Ministry, []),
        new("DIDH", "Délégation interministérielle aux droits de l'Homme", "المندوبية الوزارية المكلفة بحقوق الإنسان", InstitutionType.Ministry, []),

        new("OIM", "Organisation internationale pour les migrations (OIM) – Mission au Maroc", "المنظمة الدولية للهجرة - المغرب", InstitutionType.InternationalOrganisation, []) { Services = [ServiceKind.ReturnAndReintegration, ServiceKind.Interpretation, ServiceKind.FamilyTracing] },
        new("UNICEF", "Fonds des Nations Unies pour l'enfance (UNICEF) – Maroc", "منظمة الأمم المتحدة للطفولة (اليونيسف) - المغرب", InstitutionType.InternationalOrganisation, []),
        new("HCR", "Haut-Commissariat des Nations Unies pour les réfugiés (HCR) – Maroc", "المفوضية السامية للأمم المتحدة لشؤون اللاجئين - المغرب", InstitutionType.InternationalOrganisation, []) { Services = [ServiceKind.LegalAid, ServiceKind.Interpretation] },
        new("ONUDC", "Office des Nations Unies contre la drogue et le crime (ONUDC)", "مكتب الأمم المتحدة المعني بالمخدرات والجريمة", InstitutionType.InternationalOrganisation, []),

        new("FM5S", "Fondation Mohammed V pour la Solidarité", "مؤسسة محمد الخامس للتضامن", InstitutionType.Association, []),
        new("INSAF", "Association INSAF (Institution nationale de solidarité avec les femmes en détresse)", "جمعية إنصاف", InstitutionType.Association, ["MA-CAS", "MA-CHI"]) { Services = [ServiceKind.Shelter, ServiceKind.PsychologicalSupport, ServiceKind.LegalAid] },
        new("BAYTI", "Association Bayti", "جمعية بيتي", InstitutionType.Association, ["MA-CAS", "MA-ESI"]) { Services = [ServiceKind.Shelter, ServiceKind.Education, ServiceKind.FamilyTracing, ServiceKind.PsychologicalSupport] },
    ];
}
