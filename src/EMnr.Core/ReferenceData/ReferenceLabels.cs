using System.Globalization;
using EMnr.Core.Communications;

namespace EMnr.Core.ReferenceData;

/// <summary>A reference list entry: its stored code and its labels in French, Arabic and English.</summary>
public sealed record ReferenceLabel(string Code, string Fr, string Ar, string En)
{
    /// <summary>Returns the label in the current UI culture, French by default.</summary>
    public string Localized => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "ar" => Ar,
        "en" => En,
        _ => Fr,
    };
}

/// <summary>Labels of the communication reference lists.</summary>
public static class ReferenceLabels
{
    public static readonly IReadOnlyList<ReferenceLabel> Channels =
    [
        new(nameof(Channel.GreenLine), "Numéro vert", "الرقم الأخضر", "Green line"),
        new(nameof(Channel.WebForm), "Formulaire en ligne", "الاستمارة الإلكترونية", "Web form"),
        new(nameof(Channel.Email), "Courriel", "البريد الإلكتروني", "E-mail"),
        new(nameof(Channel.WalkIn), "Accueil en personne", "حضور شخصي", "Walk-in"),
        new(nameof(Channel.SocialMediaMonitoring), "Veille des réseaux sociaux", "رصد شبكات التواصل الاجتماعي", "Social media monitoring"),
        new(nameof(Channel.InstitutionNotice), "Signalement d'une institution", "إشعار من مؤسسة", "Notice from an institution"),
        new(nameof(Channel.PartnerApi), "Système partenaire (API)", "نظام شريك (واجهة برمجية)", "Partner system (API)"),
    ];

    public static readonly IReadOnlyList<ReferenceLabel> CallerTypes =
    [
        new(nameof(CallerType.PotentialVictim), "Victime potentielle", "ضحية محتملة", "Potential victim"),
        new(nameof(CallerType.Relative), "Proche ou famille", "قريب أو فرد من العائلة", "Relative"),
        new(nameof(CallerType.Witness), "Témoin", "شاهد", "Witness"),
        new(nameof(CallerType.Professional), "Professionnel", "مهني", "Professional"),
        new(nameof(CallerType.Anonymous), "Anonyme", "مجهول الهوية", "Anonymous"),
    ];

    public static readonly IReadOnlyList<ReferenceLabel> Categories =
    [
        new(nameof(CommunicationCategory.SuspectedTrafficking), "Suspicion de traite", "اشتباه في الاتجار بالبشر", "Suspected trafficking"),
        new(nameof(CommunicationCategory.OtherOffenceRedirected), "Autre infraction, réorientée", "جريمة أخرى، تمت إحالتها", "Other offence, redirected"),
        new(nameof(CommunicationCategory.InformationRequest), "Demande d'information", "طلب معلومات", "Request for information"),
        new(nameof(CommunicationCategory.SilentOrAbusive), "Appel muet ou abusif", "مكالمة صامتة أو مسيئة", "Silent or abusive"),
        new(nameof(CommunicationCategory.Other), "Autre", "أخرى", "Other"),
    ];

    public static readonly IReadOnlyList<ReferenceLabel> Languages =
    [
        new(nameof(ContactLanguage.French), "Français", "الفرنسية", "French"),
        new(nameof(ContactLanguage.Arabic), "Arabe", "العربية", "Arabic"),
        new(nameof(ContactLanguage.Darija), "Darija", "الدارجة", "Darija"),
        new(nameof(ContactLanguage.Tamazight), "Tamazight", "الأمازيغية", "Tamazight"),
        new(nameof(ContactLanguage.Other), "Autre", "أخرى", "Other"),
    ];

    public static readonly IReadOnlyList<ReferenceLabel> RedirectDestinations =
    [
        new(nameof(RedirectDestination.Police), "Sûreté nationale (police)", "الأمن الوطني (الشرطة)", "National police"),
        new(nameof(RedirectDestination.Gendarmerie), "Gendarmerie royale", "الدرك الملكي", "Royal Gendarmerie"),
        new(nameof(RedirectDestination.PublicProsecution), "Ministère public", "النيابة العامة", "Public prosecution"),
        new(nameof(RedirectDestination.ChildProtection), "Protection de l'enfance", "حماية الطفولة", "Child protection"),
        new(nameof(RedirectDestination.SocialServices), "Services sociaux", "الخدمات الاجتماعية", "Social services"),
        new(nameof(RedirectDestination.HealthServices), "Services de santé", "الخدمات الصحية", "Health services"),
        new(nameof(RedirectDestination.CivilProtection), "Protection civile", "الوقاية المدنية", "Civil protection"),
        new(nameof(RedirectDestination.LocalAuthorities), "Autorités locales", "السلطات المحلية", "Local authorities"),
        new(nameof(RedirectDestination.Association), "Association", "جمعية", "Association"),
        new(nameof(RedirectDestination.Other), "Autre", "أخرى", "Other"),
    ];

    public static string Label(IReadOnlyList<ReferenceLabel> list, string? code) =>
        list.FirstOrDefault(l => l.Code == code)?.Localized ?? code ?? "";
}
