using EMnr.Core.Identity;
using Microsoft.AspNetCore.Authorization;

namespace EMnr.Web.Infrastructure;

/// <summary>
/// Role-level permissions. Record-level checks happen in each feature's queries and in the record
/// handlers of Features/Authorization, which ask the same queries.
/// </summary>
public static class Permissions
{
    public const string CommunicationsRead = "communications.read";
    public const string CommunicationsWrite = "communications.write";
    public const string CommunicationsImport = "communications.import";
    public const string CrisisFiguresRead = "crises.figures.read";
    public const string CaseworkRead = "casework.read";
    public const string CaseworkWrite = "casework.write";
    public const string IdentificationDecide = "identification.decide";
    public const string ReferralsRead = "referrals.read";
    public const string ReferralsWrite = "referrals.write";
    public const string InstitutionsManage = "institutions.manage";

    /// <summary>Invite, list, deactivate and change the role of accounts; managers only within their institution.</summary>
    public const string AccountsManage = "accounts.manage";
    public const string AuditRead = "audit.read";
    public const string PersonalDataRequests = "persons.data-requests";
    public const string PersonCorrectionsRead = "persons.corrections.read";

    /// <summary>Roles that see every communication of the reporting line, not only their institution's.</summary>
    public static readonly string[] SeeAllCommunications = [Roles.HotlineOperator, Roles.CommissionReviewer];

    public static readonly string[] CommunicationRoles =
        [Roles.HotlineOperator, Roles.CommissionReviewer, Roles.InstitutionCaseworker, Roles.InstitutionManager, Roles.PartnerSystem];

    /// <summary>Roles that handle cases. Analysts see aggregates only and administrators no casework.</summary>
    public static readonly string[] CaseworkRoles =
        [Roles.CommissionReviewer, Roles.HotlineOperator, Roles.InstitutionCaseworker, Roles.InstitutionManager, Roles.PartnerSystem];

    /// <summary>Roles that send and receive referrals. Hotline operators hand reports to reviewers instead.</summary>
    public static readonly string[] ReferralRoles =
        [Roles.CommissionReviewer, Roles.InstitutionCaseworker, Roles.InstitutionManager, Roles.PartnerSystem];

    private static readonly string[] FigureRoles =
        [Roles.HotlineOperator, Roles.CommissionReviewer, Roles.InstitutionManager, Roles.Analyst, Roles.Administrator];

    public static AuthorizationBuilder AddEMnrPermissionPolicies(this AuthorizationBuilder builder) =>
        builder
            .AddPolicy(CommunicationsRead, p => p.RequireRole(CommunicationRoles))
            .AddPolicy(CommunicationsWrite, p => p.RequireRole(CommunicationRoles))
            .AddPolicy(CommunicationsImport, p => p.RequireRole(Roles.HotlineOperator, Roles.CommissionReviewer))
            .AddPolicy(CrisisFiguresRead, p => p.RequireRole(FigureRoles))
            .AddPolicy(CaseworkRead, p => p.RequireRole(CaseworkRoles))
            .AddPolicy(CaseworkWrite, p => p.RequireRole(CaseworkRoles))
            .AddPolicy(IdentificationDecide, p => p.RequireRole(Roles.CommissionReviewer))
            .AddPolicy(ReferralsRead, p => p.RequireRole(ReferralRoles))
            .AddPolicy(ReferralsWrite, p => p.RequireRole(ReferralRoles))
            .AddPolicy(InstitutionsManage, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(AccountsManage, p => p.RequireRole(Roles.Administrator, Roles.InstitutionManager))
            .AddPolicy(AuditRead, p => p.RequireRole(Roles.CommissionReviewer, Roles.Administrator))
            .AddPolicy(PersonalDataRequests, p => p.RequireRole(
                Roles.CommissionReviewer, Roles.InstitutionCaseworker, Roles.InstitutionManager))
            .AddPolicy(PersonCorrectionsRead, p => p.RequireRole(Roles.CommissionReviewer));
}
