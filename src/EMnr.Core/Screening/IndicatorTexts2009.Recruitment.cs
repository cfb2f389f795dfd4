namespace EMnr.Core.Screening;

/// <summary>
/// Wording of the ILO/EC 2009 indicators. The English is the publication's wording as transcribed, and the French
/// and Arabic are this platform's translations.
/// </summary>
internal static partial class IndicatorTexts2009
{
    // Deceptive recruitment.
    public static readonly IndicatorText NatureOfJob = new(
        "Tromperie sur la nature du travail, le lieu ou l'employeur",
        "الخداع بشأن طبيعة العمل أو مكانه أو هوية المشغل",
        "Deceived about the nature of the job, location, or employer");
    public static readonly IndicatorText ConditionsOfWork = new(
        "Tromperie sur les conditions de travail",
        "الخداع بشأن ظروف العمل",
        "Deceived about conditions of work");
    public static readonly IndicatorText WorkContract = new(
        "Tromperie sur le contenu ou la légalité du contrat de travail",
        "الخداع بشأن مضمون عقد العمل أو قانونيته",
        "Deceived about content or legality of work contract");
    public static readonly IndicatorText FamilyReunification = new(
        "Tromperie sur le regroupement familial",
        "الخداع بشأن لمّ الشمل العائلي",
        "Deceived about family reunification");
    public static readonly IndicatorText HousingAndLivingConditions = new(
        "Tromperie sur le logement et les conditions de vie",
        "الخداع بشأن السكن وظروف العيش",
        "Deceived about housing and living conditions");
    public static readonly IndicatorText LegalDocumentation = new(
        "Tromperie sur les documents légaux ou l'obtention d'un statut légal de migrant",
        "الخداع بشأن الوثائق القانونية أو الحصول على وضع قانوني كمهاجر",
        "Deceived about legal documentation or obtaining legal migrant status");
    public static readonly IndicatorText TravelAndRecruitmentConditions = new(
        "Tromperie sur les conditions du voyage et du recrutement",
        "الخداع بشأن شروط السفر والتجنيد",
        "Deceived about travel and recruitment conditions");
    public static readonly IndicatorText Wages = new(
        "Tromperie sur le salaire ou les gains",
        "الخداع بشأن الأجر أو المداخيل",
        "Deceived about wages/earnings");
    public static readonly IndicatorText MarriageOrAdoptionPromises = new(
        "Tromperie par des promesses de mariage ou d'adoption",
        "الخداع بوعود الزواج أو التبني",
        "Deceived through promises of marriage or adoption");
    public static readonly IndicatorText EducationOpportunities = new(
        "Tromperie sur l'accès à des possibilités d'éducation",
        "الخداع بشأن الولوج إلى فرص التعليم",
        "Deceived about access to education opportunities");

    // Coercive recruitment. Most of these also appear under coercion at destination.
    public static readonly IndicatorText ViolenceOnVictim = new(
        "Violences exercées sur la victime",
        "ممارسة العنف على الضحية",
        "Violence on victims");
    public static readonly IndicatorText AbductionOrSale = new(
        "Enlèvement, mariage forcé, adoption forcée ou vente de la victime",
        "الاختطاف أو الزواج القسري أو التبني القسري أو بيع الضحية",
        "Abduction, forced marriage, forced adoption or selling of victim");
    public static readonly IndicatorText ConfiscationOfDocuments = new(
        "Confiscation des documents",
        "مصادرة الوثائق",
        "Confiscation of documents");
    public static readonly IndicatorText DebtBondage = new(
        "Servitude pour dettes",
        "عبودية الدَّين",
        "Debt bondage");
    public static readonly IndicatorText Isolation = new(
        "Isolement, enfermement ou surveillance",
        "العزل أو الاحتجاز أو المراقبة",
        "Isolation, confinement or surveillance");
    public static readonly IndicatorText ThreatOfDenunciation = new(
        "Menace de dénonciation aux autorités",
        "التهديد بالتبليغ عن الضحية لدى السلطات",
        "Threat of denunciation to authorities");
    public static readonly IndicatorText ThreatOfViolence = new(
        "Menace de violences contre la victime",
        "التهديد بممارسة العنف على الضحية",
        "Threat of violence against victim");
    public static readonly IndicatorText ThreatToInformFamily = new(
        "Menace d'informer la famille, la communauté ou le public",
        "التهديد بإخبار الأسرة أو المحيط أو العموم",
        "Threats to inform family, community or public");
    public static readonly IndicatorText ViolenceOnFamily = new(
        "Violences contre la famille (menaces ou actes)",
        "العنف ضد الأسرة (تهديدًا أو فعلًا)",
        "Violence on family (threats or effective)");
    public static readonly IndicatorText WithholdingOfMoney = new(
        "Retenue d'argent",
        "حجز الأموال",
        "Withholding of money");

    // Recruitment by abuse of vulnerability. The last four also appear at destination.
    public static readonly IndicatorText DifficultFamilySituation = new(
        "Abus d'une situation familiale difficile",
        "استغلال وضع عائلي صعب",
        "Abuse of difficult family situation");
    public static readonly IndicatorText IllegalStatus = new(
        "Abus de la situation irrégulière",
        "استغلال وضعية الإقامة غير القانونية",
        "Abuse of illegal status");
    public static readonly IndicatorText LackOfEducation = new(
        "Abus du manque d'éducation (langue)",
        "استغلال ضعف التعليم (اللغة)",
        "Abuse of lack of education (language)");
    public static readonly IndicatorText LackOfInformation = new(
        "Abus du manque d'information",
        "استغلال نقص المعلومات",
        "Abuse of lack of information");
    public static readonly IndicatorText ControlOfExploiters = new(
        "Emprise des exploiteurs",
        "سيطرة المستغِلين",
        "Control of exploiters");
    public static readonly IndicatorText FalseInformationOnLaw = new(
        "Fausses informations sur la loi, l'attitude des autorités, etc.",
        "معلومات كاذبة عن القانون أو موقف السلطات أو غير ذلك",
        "False information about law, attitude of authorities, etc.");
    public static readonly IndicatorText FalseInformationOnMigration = new(
        "Fausses informations sur la réussite de la migration",
        "معلومات كاذبة عن نجاح الهجرة",
        "False information about successful migration");
    public static readonly IndicatorText PersonalSituation = new(
        "Situation personnelle",
        "الوضع الشخصي",
        "Personal situation");
    public static readonly IndicatorText EmotionalDependency = new(
        "Dépendance psychologique et affective",
        "التبعية النفسية والعاطفية",
        "Psychological and emotional dependency");
    public static readonly IndicatorText CulturalOrReligiousBeliefs = new(
        "Abus des croyances culturelles ou religieuses",
        "استغلال المعتقدات الثقافية أو الدينية",
        "Abuse of cultural/religious beliefs");
    public static readonly IndicatorText DifficultyToOrganiseTravel = new(
        "Difficulté à organiser le voyage",
        "صعوبة تنظيم السفر",
        "Difficulty to organize the travel");
    public static readonly IndicatorText GeneralContext = new(
        "Contexte général",
        "السياق العام",
        "General context");
    public static readonly IndicatorText EconomicReasons = new(
        "Raisons économiques",
        "أسباب اقتصادية",
        "Economic reasons");
    public static readonly IndicatorText FamilySituation = new(
        "Situation familiale",
        "الوضع العائلي",
        "Family situation");
    public static readonly IndicatorText RelationshipWithAuthorities = new(
        "Relation avec les autorités ou statut juridique",
        "العلاقة مع السلطات أو الوضع القانوني",
        "Relationship with authorities/legal status");
    public static readonly IndicatorText DifficultiesInThePast = new(
        "Difficultés vécues par le passé",
        "صعوبات عاشها الشخص في الماضي",
        "Difficulties in the past");
}
