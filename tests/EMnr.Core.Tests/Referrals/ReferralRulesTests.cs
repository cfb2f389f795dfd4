using EMnr.Core.Institutions;
using EMnr.Core.Referrals;

namespace EMnr.Core.Tests.Referrals;

public sealed class ReferralRulesTests
{
    [Theory]
    [InlineData(ReferralKind.Judicial, null, InstitutionType.Prosecution, true)]
    [InlineData(ReferralKind.Judicial, null, InstitutionType.Police, false)]
    [InlineData(ReferralKind.Security, null, InstitutionType.Police, true)]
    [InlineData(ReferralKind.Security, null, InstitutionType.Gendarmerie, true)]
    [InlineData(ReferralKind.Security, null, InstitutionType.Prosecution, false)]
    [InlineData(ReferralKind.Service, ServiceKind.Shelter, InstitutionType.SocialServices, true)]
    [InlineData(ReferralKind.Service, ServiceKind.LegalAid, InstitutionType.SocialServices, false)]
    [InlineData(ReferralKind.Service, null, InstitutionType.SocialServices, false)]
    public void CheckRecipient_KindAndType_AcceptsOnlyFittingRecipients(ReferralKind kind, ServiceKind? service, InstitutionType type, bool fits)
    {
        var offered = new[] { ServiceKind.Shelter, ServiceKind.Education };

        Assert.Equal(fits, ReferralRules.CheckRecipient(kind, service, type, offered) is null);
    }

    [Theory]
    [InlineData(ReferralKind.Judicial, InstitutionType.Prosecution, true, LegalBasis.ChildProtection)]
    [InlineData(ReferralKind.Judicial, InstitutionType.Prosecution, false, LegalBasis.LawEnforcement)]
    [InlineData(ReferralKind.Security, InstitutionType.Police, true, LegalBasis.LawEnforcement)]
    [InlineData(ReferralKind.Security, InstitutionType.Gendarmerie, false, LegalBasis.LawEnforcement)]
    [InlineData(ReferralKind.Service, InstitutionType.SocialServices, false, null)]
    [InlineData(ReferralKind.Service, InstitutionType.SocialServices, true, null)]
    public void BasisWithoutConsent_KindAndAge_FollowsLaw(ReferralKind kind, InstitutionType type, bool child, LegalBasis? expected) =>
        Assert.Equal(expected, ReferralRules.BasisWithoutConsent(kind, type, child));

    [Theory]
    [InlineData(true, 24)]
    [InlineData(false, 72)]
    public void AcknowledgeBy_Urgency_AddsConfiguredHours(bool urgent, int hours)
    {
        var sentAt = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(sentAt.AddHours(hours), ReferralRules.AcknowledgeBy(sentAt, urgent, 24, 72));
    }
}
