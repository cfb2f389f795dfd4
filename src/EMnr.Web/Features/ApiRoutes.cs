namespace EMnr.Web.Features;

/// <summary>Route segments under <c>/api/v1</c>, shared by endpoints and tests.</summary>
public static class ApiRoutes
{
    public const string Prefix = "/api/v1";
    public const string Auth = "auth";
    public const string Communications = "communications";
    public const string CommunicationImports = "communications/imports";
    public const string Crises = "crises";
    public const string ReferenceData = "reference-data";
    public const string Reports = "reports";
    public const string Persons = "persons";
    public const string IndicatorGuide = "indicator-guide";
    public const string Audit = "audit";
    public const string Notifications = "notifications";
    public const string Referrals = "referrals";
    public const string Institutions = "institutions";
    public const string Accounts = "accounts";
    public const string Invitations = "invitations";
}
