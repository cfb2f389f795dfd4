using EMnr.Core.Identity;

namespace EMnr.Web.Tests.Authorization;

/// <summary>
/// The expected response of every route of the application to every role and to anonymous callers.
/// AuthorizationMatrixTests compares it with the routes that the application maps.
/// </summary>
public static class AuthorizationMatrix
{
    private static readonly string[] AnyRole = [.. Roles.All];

    private static readonly string[] CaseworkRoles =
        [Roles.CommissionReviewer, Roles.HotlineOperator, Roles.InstitutionCaseworker, Roles.InstitutionManager, Roles.PartnerSystem];

    private static readonly string[] ImportRoles = [Roles.HotlineOperator, Roles.CommissionReviewer];

    private static readonly string[] FigureRoles =
        [Roles.HotlineOperator, Roles.CommissionReviewer, Roles.InstitutionManager, Roles.Analyst, Roles.Administrator];

    private static readonly string[] Reviewers = [Roles.CommissionReviewer];

    private static readonly string[] Administrators = [Roles.Administrator];

    private static readonly string[] AuditReaders = [Roles.CommissionReviewer, Roles.Administrator];

    /// <summary>Roles that export and correct a person's data on request, within their scope.</summary>
    private static readonly string[] DataRequestRoles = [Roles.CommissionReviewer, Roles.InstitutionCaseworker, Roles.InstitutionManager];

    private static readonly string[] AccountManagers = [Roles.Administrator, Roles.InstitutionManager];

    /// <summary>Roles that send and receive referrals; hotline operators hand their reports to reviewers.</summary>
    private static readonly string[] ReferralRoles =
        [Roles.CommissionReviewer, Roles.InstitutionCaseworker, Roles.InstitutionManager, Roles.PartnerSystem];

    /// <summary>Roles that may read the records of every institution, by record type. Other roles are limited to their institution's records.</summary>
    public static readonly IReadOnlyDictionary<Resource, string[]> SeeAll = new Dictionary<Resource, string[]>
    {
        [Resource.Report] = [Roles.CommissionReviewer],
        [Resource.Person] = [Roles.CommissionReviewer],
        [Resource.Communication] = [Roles.CommissionReviewer, Roles.HotlineOperator],
    };

    // One line per route and method, in the form
    //
    //     ["METHOD /route/pattern"] = Allow(roles)[.Scoped(Resource.X)][.Query("a={reportId}")][.WithBody(RequestBody.EmptyFile)],
    //
    // - The key is the HTTP method and the route pattern exactly as the application maps it (route
    //   constraints included, no trailing slash). Razor Pages use their route, plus "?handler=Name"
    //   for a named handler (OnPostStatusAsync is "POST /Reports/Details/{id:guid}?handler=Status").
    //   An endpoint that accepts every method, such as a health check, is "ANY /path".
    // - Allow(roles) lists the roles that get past authorization. Every other role must get 403 from
    //   the API or a redirect to /Account/AccessDenied from a page, and anonymous callers 401 or a
    //   redirect to /Account/Login. Public lets every caller in, anonymous ones included.
    // - Scoped(resource) marks that {id}, {reportId} or a reportId in the query names a record of that type: allowed callers are
    //   tried with a record of their own institution (any status but 401, 403, 404 and 5xx) and with
    //   one of another institution (404 and no change in the database), except the roles in SeeAll.
    // - Query(...) adds a query string; {reportId}, {personId}, {attachmentId} and {communicationId}
    //   become the ids of the records used for the case.
    // - POST and PUT send an empty JSON object (API) or a form with only the antiforgery token (pages),
    //   unless WithBody says otherwise. Forbidden and anonymous callers must change nothing.
    //
    // A route mapped by the application without a line here, or a line for a route that no longer
    // exists, fails AuthorizationMatrixTests.Matrix_ListsEveryRoute with the key to add or remove.
    public static readonly IReadOnlyDictionary<string, RouteExpectation> Routes = new Dictionary<string, RouteExpectation>
    {
        // Public: sign-in, errors, health, API description, language choice.
        ["POST /api/v1/auth/login"] = Public,
        ["POST /api/v1/auth/refresh"] = Public,
        ["POST /api/v1/auth/register"] = Public,
        ["GET /api/v1/auth/confirmEmail"] = Public,
        ["POST /api/v1/auth/resendConfirmationEmail"] = Public,
        ["POST /api/v1/auth/forgotPassword"] = Public,
        ["POST /api/v1/auth/resetPassword"] = Public,
        ["ANY /health/live"] = Public,
        ["ANY /health/ready"] = Public,
        ["GET /openapi/{documentName}.json"] = Public,
        ["GET /scalar/{documentName?}"] = Public,
        ["GET /scalar/scalar.js"] = Public,
        ["GET /scalar/scalar.aspnetcore.js"] = Public,
        ["GET /scalar/favicon.svg"] = Public,
        ["POST /culture"] = Public,
        ["GET /Account/Login"] = Public,
        ["POST /Account/Login"] = Public,
        ["GET /Account/AccessDenied"] = Public,
        ["GET /Account/LoginWith2fa"] = Public,
        ["POST /Account/LoginWith2fa"] = Public,
        ["GET /Account/AcceptInvitation"] = Public,
        ["POST /Account/AcceptInvitation"] = Public,
        ["GET /Error"] = Public,
        ["POST /Error"] = Public,
        ["GET /Status"] = Public,
        ["POST /Status"] = Public,

        // Any signed-in account.
        ["POST /api/v1/auth/manage/2fa"] = Allow(Roles.Analyst, Roles.PartnerSystem),
        ["GET /api/v1/auth/manage/info"] = Allow(AnyRole),
        ["POST /api/v1/auth/manage/info"] = Allow(AnyRole),
        ["GET /"] = Allow(AnyRole),

        // The caller's own account and sign-in settings.
        ["GET /Account/Manage"] = Allow(AnyRole),
        ["POST /Account/Manage?handler=Password"] = Allow(AnyRole),
        ["POST /Account/Manage?handler=SignOutEverywhere"] = Allow(AnyRole).EndingSessions(),
        ["GET /Account/TwoFactorSetup"] = Allow(AnyRole),
        ["POST /Account/TwoFactorSetup"] = Allow(AnyRole),
        ["POST /Account/TwoFactorSetup?handler=RecoveryCodes"] = Allow(AnyRole),

        // Audit trail, processing register and personal data requests.
        ["GET /Audit"] = Allow(AuditReaders),
        ["POST /Audit?handler=Verify"] = Allow(AuditReaders),
        ["GET /api/v1/audit"] = Allow(AuditReaders),
        ["GET /api/v1/audit/verification"] = Allow(AuditReaders),
        ["GET /Privacy/Register"] = Allow(AnyRole),
        ["GET /Persons/DataRequest/{id:guid}"] = Allow(DataRequestRoles).Scoped(Resource.Person),
        ["GET /Persons/DataRequest/{id:guid}?handler=Export"] = Allow(DataRequestRoles).Scoped(Resource.Person),
        ["POST /Persons/DataRequest/{id:guid}?handler=Correct"] = Allow(DataRequestRoles).Scoped(Resource.Person),
        ["GET /api/v1/persons/{id:guid}/export"] = Allow(DataRequestRoles).Scoped(Resource.Person),
        ["POST /api/v1/persons/{id:guid}/corrections"] = Allow(DataRequestRoles).Scoped(Resource.Person),
        ["GET /api/v1/persons/{id:guid}/corrections"] = Allow(Reviewers).Scoped(Resource.Person),

        // Institutions: a directory for everyone signed in, changes by administrators.
        ["GET /Institutions"] = Allow(AnyRole),
        ["GET /api/v1/institutions"] = Allow(AnyRole),
        ["GET /api/v1/institutions/{id:guid}"] = Allow(AnyRole),
        ["GET /Institutions/Edit/{id:guid?}"] = Allow(Administrators),
        ["POST /Institutions/Edit/{id:guid?}"] = Allow(Administrators),
        ["POST /Institutions/Edit/{id:guid?}?handler=Active"] = Allow(Administrators),
        ["POST /api/v1/institutions"] = Allow(Administrators),
        ["PUT /api/v1/institutions/{id:guid}"] = Allow(Administrators),
        ["POST /api/v1/institutions/{id:guid}/deactivate"] = Allow(Administrators),
        ["POST /api/v1/institutions/{id:guid}/reactivate"] = Allow(Administrators),

        // Accounts: administrators for every institution, managers for their own.
        ["GET /Accounts"] = Allow(AccountManagers),
        ["POST /Accounts?handler=Invite"] = Allow(AccountManagers),
        ["POST /Accounts?handler=Deactivate"] = Allow(AccountManagers),
        ["POST /Accounts?handler=Reactivate"] = Allow(AccountManagers),
        ["POST /Accounts?handler=Role"] = Allow(AccountManagers),
        ["GET /api/v1/accounts"] = Allow(AccountManagers),
        ["POST /api/v1/invitations"] = Allow(AccountManagers),
        ["POST /api/v1/accounts/{id:guid}/deactivate"] = Allow(AccountManagers),
        ["POST /api/v1/accounts/{id:guid}/reactivate"] = Allow(AccountManagers),
        ["PUT /api/v1/accounts/{id:guid}/role"] = Allow(AccountManagers),
        ["GET /Account/Logout"] = Allow(AnyRole),
        ["POST /Account/Logout"] = Allow(AnyRole),
        ["GET /api/v1/reference-data"] = Allow(AnyRole),
        ["GET /api/v1/crises"] = Allow(AnyRole),
        ["GET /api/v1/crises/{id:guid}"] = Allow(AnyRole),
        ["GET /api/v1/indicator-guide"] = Allow(AnyRole),
        ["GET /api/v1/indicator-guide/versions"] = Allow(AnyRole),

        // Communications.
        ["GET /api/v1/communications"] = Allow(CaseworkRoles),
        ["POST /api/v1/communications"] = Allow(CaseworkRoles),
        ["GET /api/v1/communications/{id:guid}"] = Allow(CaseworkRoles).Scoped(Resource.Communication),
        ["PUT /api/v1/communications/{id:guid}"] = Allow(CaseworkRoles).Scoped(Resource.Communication),
        ["GET /api/v1/communications/{id:guid}/revisions"] = Allow(CaseworkRoles).Scoped(Resource.Communication),
        ["POST /api/v1/communications/imports"] = Allow(ImportRoles).WithBody(RequestBody.EmptyFile),
        ["POST /api/v1/communications/imports/{batchId:guid}/confirm"] = Allow(ImportRoles),
        ["GET /Communications"] = Allow(CaseworkRoles),
        ["GET /Communications/ReportsToOpen"] = Allow(CaseworkRoles),
        ["GET /Communications/Create"] = Allow(CaseworkRoles),
        ["POST /Communications/Create"] = Allow(CaseworkRoles),
        ["GET /Communications/Details/{id:guid}"] = Allow(CaseworkRoles).Scoped(Resource.Communication),
        ["GET /Communications/Edit/{id:guid}"] = Allow(CaseworkRoles).Scoped(Resource.Communication),
        ["POST /Communications/Edit/{id:guid}"] = Allow(CaseworkRoles).Scoped(Resource.Communication),
        ["GET /Imports"] = Allow(ImportRoles),
        ["POST /Imports?handler=Upload"] = Allow(ImportRoles),
        ["POST /Imports?handler=Confirm"] = Allow(ImportRoles),

        // Crisis figures.
        ["GET /api/v1/crises/{id:guid}/figures"] = Allow(FigureRoles),
        ["GET /Crises"] = Allow(FigureRoles),
        ["GET /Crises/Details/{id:guid}"] = Allow(FigureRoles),

        // Reports, persons and attachments.
        ["GET /api/v1/reports"] = Allow(CaseworkRoles),
        ["POST /api/v1/reports"] = Allow(CaseworkRoles),
        ["GET /api/v1/reports/{id:guid}"] = Allow(CaseworkRoles).Scoped(Resource.Report),
        ["POST /api/v1/reports/{id:guid}/status"] = Allow(CaseworkRoles).Scoped(Resource.Report),
        ["POST /api/v1/reports/{id:guid}/assignment"] = Allow(Reviewers).Scoped(Resource.Report),
        ["GET /api/v1/reports/{id:guid}/persons"] = Allow(CaseworkRoles).Scoped(Resource.Report),
        ["POST /api/v1/reports/{id:guid}/persons"] = Allow(CaseworkRoles).Scoped(Resource.Report),
        ["GET /api/v1/reports/{id:guid}/attachments"] = Allow(CaseworkRoles).Scoped(Resource.Report),
        ["POST /api/v1/reports/{id:guid}/attachments"] = Allow(CaseworkRoles).Scoped(Resource.Report).WithBody(RequestBody.EmptyFile),
        ["GET /api/v1/reports/{id:guid}/attachments/{attachmentId:guid}"] = Allow(CaseworkRoles).Scoped(Resource.Report),
        ["GET /api/v1/persons/{id:guid}"] = Allow(CaseworkRoles).Scoped(Resource.Person),
        ["GET /api/v1/persons/{id:guid}/duplicates"] = Allow(CaseworkRoles).Scoped(Resource.Person),
        ["POST /api/v1/persons/{id:guid}/merge"] = Allow(Reviewers).Scoped(Resource.Person),
        ["POST /api/v1/persons/merges/{mergeId:guid}/undo"] = Allow(Reviewers),
        ["GET /Reports"] = Allow(CaseworkRoles),
        ["GET /Reports/Create"] = Allow(CaseworkRoles),
        ["POST /Reports/Create"] = Allow(CaseworkRoles),
        ["GET /Reports/Details/{id:guid}"] = Allow(CaseworkRoles).Scoped(Resource.Report),
        ["POST /Reports/Details/{id:guid}?handler=Status"] = Allow(CaseworkRoles).Scoped(Resource.Report),
        ["POST /Reports/Details/{id:guid}?handler=AssignToMe"] = Allow(Reviewers).Scoped(Resource.Report),
        ["POST /Reports/Details/{id:guid}?handler=Attach"] = Allow(CaseworkRoles).Scoped(Resource.Report),
        ["GET /Reports/Details/{id:guid}?handler=Download"] =
            Allow(CaseworkRoles).Scoped(Resource.Report).Query("attachmentId={attachmentId}"),
        ["GET /Persons/Create"] = Allow(CaseworkRoles).Scoped(Resource.Report).Query("reportId={reportId}"),
        ["POST /Persons/Create"] = Allow(CaseworkRoles).Scoped(Resource.Report).Query("reportId={reportId}"),
        ["GET /Persons/Details/{id:guid}"] = Allow(CaseworkRoles).Scoped(Resource.Person),
        ["POST /Persons/Details/{id:guid}?handler=Decide"] = Allow(Reviewers).Scoped(Resource.Person),
        ["POST /Persons/Details/{id:guid}?handler=Merge"] = Allow(Reviewers).Scoped(Resource.Person),
        ["POST /Persons/Details/{id:guid}?handler=UndoMerge"] = Allow(Reviewers),
        ["GET /Persons/Screen/{id:guid}"] = Allow(CaseworkRoles).Scoped(Resource.Person).Query("reportId={reportId}"),
        ["POST /Persons/Screen/{id:guid}?handler=Preview"] = Allow(CaseworkRoles).Scoped(Resource.Person).Query("reportId={reportId}"),
        ["POST /Persons/Screen/{id:guid}?handler=Save"] = Allow(CaseworkRoles).Scoped(Resource.Person).Query("reportId={reportId}"),

        // Consent ledger. Withdrawing needs a consent id, which the matrix does not create, so it is not scoped.
        ["GET /api/v1/persons/{id:guid}/consents"] = Allow(CaseworkRoles).Scoped(Resource.Person),
        ["POST /api/v1/persons/{id:guid}/consents"] = Allow(CaseworkRoles).Scoped(Resource.Person),
        ["POST /api/v1/persons/{id:guid}/consents/{consentId:guid}/withdraw"] = Allow(CaseworkRoles),
        ["GET /Persons/{id:guid}/Consents"] = Allow(CaseworkRoles).Scoped(Resource.Person),
        ["POST /Persons/{id:guid}/Consents?handler=Record"] = Allow(CaseworkRoles).Scoped(Resource.Person),
        ["POST /Persons/{id:guid}/Consents?handler=Withdraw"] = Allow(CaseworkRoles),

        // Notifications belong to one account, whatever its role.
        ["GET /api/v1/notifications"] = Allow(AnyRole),
        ["POST /api/v1/notifications/read"] = Allow(AnyRole),
        ["POST /api/v1/notifications/{id:guid}/read"] = Allow(AnyRole),
        ["GET /Notifications"] = Allow(AnyRole),
        ["POST /Notifications?handler=Open"] = Allow(AnyRole),
        ["POST /Notifications?handler=ReadAll"] = Allow(AnyRole),

        // Referrals. The matrix creates no referral, so routes with a referral id are not scoped;
        // ReferralAccessTests covers another institution's referrals.
        ["GET /api/v1/referrals"] = Allow(ReferralRoles),
        ["POST /api/v1/referrals"] = Allow(ReferralRoles),
        ["GET /api/v1/referrals/recipients"] = Allow(ReferralRoles),
        ["GET /api/v1/referrals/{id:guid}"] = Allow(ReferralRoles),
        ["GET /api/v1/referrals/{id:guid}/history"] = Allow(ReferralRoles),
        ["POST /api/v1/referrals/{id:guid}/acknowledge"] = Allow(ReferralRoles),
        ["POST /api/v1/referrals/{id:guid}/accept"] = Allow(ReferralRoles),
        ["POST /api/v1/referrals/{id:guid}/decline"] = Allow(ReferralRoles),
        ["POST /api/v1/referrals/{id:guid}/start"] = Allow(ReferralRoles),
        ["POST /api/v1/referrals/{id:guid}/complete"] = Allow(ReferralRoles),
        ["POST /api/v1/referrals/{id:guid}/cancel"] = Allow(ReferralRoles),
        ["GET /Referrals"] = Allow(ReferralRoles),
        ["GET /Referrals/Create"] = Allow(ReferralRoles).Scoped(Resource.Report).Query("reportId={reportId}"),
        ["POST /Referrals/Create"] = Allow(ReferralRoles).Scoped(Resource.Report).Query("reportId={reportId}"),
        ["POST /Referrals/Create?handler=Refresh"] = Allow(ReferralRoles).Scoped(Resource.Report).Query("reportId={reportId}"),
        ["POST /Referrals/Create?handler=WithoutIdentity"] = Allow(ReferralRoles).Scoped(Resource.Report).Query("reportId={reportId}"),
        ["GET /Referrals/Details/{id:guid}"] = Allow(ReferralRoles),
        ["POST /Referrals/Details/{id:guid}"] = Allow(ReferralRoles),

        // Screening and identification.
        ["POST /api/v1/indicator-guide/versions"] = Allow(Reviewers),
        ["POST /api/v1/reports/{reportId:guid}/persons/{personId:guid}/screenings"] = Allow(CaseworkRoles).Scoped(Resource.Report),
        ["POST /api/v1/persons/{personId:guid}/decisions"] = Allow(Reviewers),
    };

    public static RouteExpectation Public => new(new HashSet<string>(), IsPublic: true);

    public static RouteExpectation Allow(params IEnumerable<string> roles) => RouteExpectation.ForRoles(roles);
}
