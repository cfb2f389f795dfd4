using EMnr.Core.Institutions;

namespace EMnr.Core.Referrals;

/// <summary>Pure rules for sending a referral: which recipient fits which kind, and the legal basis for sharing an identity.</summary>
public static class ReferralRules
{
    /// <summary>
    /// Returns null when the recipient fits the kind, otherwise the reason it does not: a judicial
    /// referral goes to a prosecution office, a security referral to the police or the gendarmerie,
    /// and a service referral to an institution that offers the service.
    /// </summary>
    public static string? CheckRecipient(ReferralKind kind, ServiceKind? service, InstitutionType type, IReadOnlyCollection<ServiceKind> services) =>
        kind switch
        {
            ReferralKind.Judicial when type != InstitutionType.Prosecution =>
                "A judicial referral goes to a prosecution office (institution type Prosecution).",
            ReferralKind.Security when type is not (InstitutionType.Police or InstitutionType.Gendarmerie) =>
                "A security referral goes to the police or the gendarmerie.",
            ReferralKind.Service when service is null => "A service referral names the service requested.",
            ReferralKind.Service when !services.Contains(service!.Value) =>
                $"The recipient does not offer the service {service}. Choose an institution that offers it.",
            _ => null,
        };

    /// <summary>True when the law, not consent, allows sharing identity with this recipient: prosecution, police or gendarmerie.</summary>
    public static bool IsLawEnforcement(InstitutionType type) =>
        type is InstitutionType.Prosecution or InstitutionType.Police or InstitutionType.Gendarmerie;

    /// <summary>
    /// Returns the legal basis that lets identity go without consent, or null when consent is
    /// needed. A child referred to the prosecutor is shared for protection; any person referred to
    /// the police, the gendarmerie or a prosecutor is shared under the law.
    /// </summary>
    public static LegalBasis? BasisWithoutConsent(ReferralKind kind, InstitutionType recipientType, bool child)
    {
        if (kind == ReferralKind.Judicial && child)
        {
            return LegalBasis.ChildProtection;
        }

        return kind != ReferralKind.Service && IsLawEnforcement(recipientType) ? LegalBasis.LawEnforcement : null;
    }

    /// <summary>Hours allowed to acknowledge: the urgent or the standard setting.</summary>
    public static DateTimeOffset AcknowledgeBy(DateTimeOffset sentAt, bool urgent, int urgentHours, int standardHours) =>
        sentAt.AddHours(urgent ? urgentHours : standardHours);
}
