namespace EMnr.Core.Identity;

/// <summary>Role names stored in Identity.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string CommissionReviewer = "CommissionReviewer";
    public const string HotlineOperator = "HotlineOperator";
    public const string InstitutionCaseworker = "InstitutionCaseworker";
    public const string InstitutionManager = "InstitutionManager";
    public const string Analyst = "Analyst";
    public const string PartnerSystem = "PartnerSystem";

    public static readonly IReadOnlyList<string> All =
    [
        Administrator,
        CommissionReviewer,
        HotlineOperator,
        InstitutionCaseworker,
        InstitutionManager,
        Analyst,
        PartnerSystem,
    ];
}
