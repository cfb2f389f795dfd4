using EMnr.Core.Identity;

namespace EMnr.Web.Tests.Infrastructure;

/// <summary>Accounts created once per run. The "other" caseworker belongs to a second institution.</summary>
public static class TestAccounts
{
    public const string Password = "test-password-for-emnr";

    /// <summary>
    /// Authenticator key (base32) of every test account, all of which have two-factor sign-in enabled;
    /// <see cref="Totp.Code(string)"/> computes the current code.
    /// </summary>
    public const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    public const string Operator = "operator@emnr.test";
    public const string Reviewer = "reviewer@emnr.test";
    public const string Caseworker = "caseworker@emnr.test";
    public const string Manager = "manager@emnr.test";
    public const string Analyst = "analyst@emnr.test";
    public const string Admin = "admin@emnr.test";
    public const string OtherCaseworker = "other-caseworker@emnr.test";
    public const string Partner = "partner@emnr.test";

    /// <summary>Institution code of <see cref="OtherCaseworker"/>.</summary>
    public const string OtherInstitutionCode = "INSAF";

    public static readonly IReadOnlyList<(string Email, string Role, string InstitutionCode)> All =
    [
        (Operator, Roles.HotlineOperator, "CNCLTEH"),
        (Reviewer, Roles.CommissionReviewer, "CNCLTEH"),
        (Caseworker, Roles.InstitutionCaseworker, "EN"),
        (Manager, Roles.InstitutionManager, "EN"),
        (Analyst, Roles.Analyst, "MJ"),
        (Admin, Roles.Administrator, "MJ"),
        (OtherCaseworker, Roles.InstitutionCaseworker, OtherInstitutionCode),
        (Partner, Roles.PartnerSystem, "EN"),
    ];
}
