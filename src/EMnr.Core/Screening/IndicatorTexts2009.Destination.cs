namespace EMnr.Core.Screening;

internal static partial class IndicatorTexts2009
{
    // Exploitative conditions.
    public static readonly IndicatorText ExcessiveHours = new(
        "Journées ou heures de travail excessives",
        "أيام أو ساعات عمل مفرطة",
        "Excessive working days or hours");
    public static readonly IndicatorText BadLivingConditions = new(
        "Mauvaises conditions de vie",
        "ظروف عيش سيئة",
        "Bad living conditions");
    public static readonly IndicatorText HazardousWork = new(
        "Travail dangereux",
        "عمل خطير",
        "Hazardous work");
    public static readonly IndicatorText LowOrNoSalary = new(
        "Salaire faible ou inexistant",
        "أجر زهيد أو منعدم",
        "Low or no salary");
    public static readonly IndicatorText LabourLawsNotRespected = new(
        "Non-respect du droit du travail ou du contrat signé",
        "عدم احترام قوانين الشغل أو العقد الموقَّع",
        "No respect of labour laws or contract signed");
    public static readonly IndicatorText NoSocialProtection = new(
        "Absence de protection sociale (contrat, assurance sociale, etc.)",
        "انعدام الحماية الاجتماعية (عقد، تأمين اجتماعي، إلخ)",
        "No social protection (contract, social insurance, etc.)");
    public static readonly IndicatorText VeryBadWorkingConditions = new(
        "Très mauvaises conditions de travail",
        "ظروف عمل سيئة جدًا",
        "Very bad working conditions");
    public static readonly IndicatorText WageManipulation = new(
        "Manipulation du salaire",
        "التلاعب بالأجر",
        "Wage manipulation");
    public static readonly IndicatorText NoAccessToEducation = new(
        "Absence d'accès à l'éducation",
        "عدم الولوج إلى التعليم",
        "No access to education");

    // Coercion at destination, besides the indicators shared with coercive recruitment.
    public static readonly IndicatorText ForcedIntoCriminalActivities = new(
        "Contrainte à des activités illicites ou criminelles",
        "الإجبار على أنشطة غير مشروعة أو إجرامية",
        "Forced into illicit/criminal activities");
    public static readonly IndicatorText ForcedTasksOrClients = new(
        "Tâches ou clients imposés",
        "فرض مهام أو زبناء",
        "Forced tasks or clients");
    public static readonly IndicatorText ForcedToActAgainstPeers = new(
        "Contrainte à agir contre ses pairs",
        "الإجبار على التصرف ضد الأقران",
        "Forced to act against peers");
    public static readonly IndicatorText ForcedToLie = new(
        "Contrainte à mentir aux autorités, à la famille, etc.",
        "الإجبار على الكذب على السلطات أو الأسرة أو غيرهما",
        "Forced to lie to authorities, family, etc.");
    public static readonly IndicatorText ThreatOfWorseConditions = new(
        "Menace d'imposer des conditions de travail encore pires",
        "التهديد بفرض ظروف عمل أسوأ",
        "Threat to impose even worse working conditions");
    public static readonly IndicatorText UnderStrongInfluence = new(
        "Sous forte emprise",
        "الخضوع لتأثير قوي",
        "Under strong influence");
    public static readonly IndicatorText WithholdingOfWages = new(
        "Retenue des salaires",
        "حجز الأجور",
        "Withholding of wages");

    // Abuse of vulnerability at destination, besides the indicators shared with recruitment.
    public static readonly IndicatorText DependencyOnExploiters = new(
        "Dépendance envers les exploiteurs",
        "التبعية للمستغِلين",
        "Dependency on exploiters");
    public static readonly IndicatorText DifficultyInUnknownArea = new(
        "Difficulté à vivre dans un lieu inconnu",
        "صعوبة العيش في مكان غير مألوف",
        "Difficulty to live in an unknown area");
    public static readonly IndicatorText PersonalCharacteristics = new(
        "Caractéristiques personnelles",
        "الخصائص الشخصية",
        "Personal characteristics");
}
