using System.Security.Claims;
using EMnr.Core.Data;
using EMnr.Core.Referrals;
using EMnr.Core.Reports;
using EMnr.Web.Features.Communications;
using EMnr.Web.Features.Notifications;
using EMnr.Web.Features.Persons;
using EMnr.Web.Features.Referrals;
using EMnr.Web.Features.Reports;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Benchmarks;

/// <summary>Records the casework cases read: a report referred to the caseworker's institution and two persons.</summary>
internal sealed record CaseworkTargets(Guid ReferredReportId, Guid ReviewerPersonId, Guid CaseworkerPersonId, string PersonCode);

/// <summary>
/// The casework requests the benchmark times, through the app's own classes, for a Commission
/// reviewer (who sees everything) and an Entraide Nationale caseworker (who sees their
/// institution's records and what was referred to it).
/// </summary>
internal static class CaseworkCases
{
    public const int PageSize = 50;

    public const int DeepPage = 200;

    public static ClaimsPrincipal Reviewer(Guid commissionId) =>
        QueryCases.User(Core.Identity.Roles.CommissionReviewer, commissionId, CaseworkLoader.ReviewerId);

    public static ClaimsPrincipal Caseworker(Guid institutionId) =>
        QueryCases.User(Core.Identity.Roles.InstitutionCaseworker, institutionId, CaseworkLoader.CaseworkerId);

    /// <summary>Picks the records the detail cases read, with the app's own scope.</summary>
    public static async Task<CaseworkTargets> FindTargetsAsync(IServiceProvider services, ClaimsPrincipal caseworker)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EMnrDbContext>();
        var institutionId = caseworker.GetInstitutionId();
        var referredReportId = await db.Referrals.AsNoTracking()
            .Where(r => r.ToInstitutionId == institutionId && r.Status == ReferralStatus.InProgress)
            .OrderBy(r => r.Reference).Select(r => r.ReportId).FirstAsync();
        var reviewerPersonId = CaseworkLoader.Md5Guid("person-1");
        var caseworkerPersonId = await scope.ServiceProvider.GetRequiredService<CaseScope>().Persons(caseworker)
            .OrderBy(p => p.Code).Select(p => p.Id).FirstAsync();
        var code = await db.Persons.AsNoTracking().Where(p => p.Id == reviewerPersonId).Select(p => p.Code).SingleAsync();
        return new CaseworkTargets(referredReportId, reviewerPersonId, caseworkerPersonId, code);
    }

    public static async Task<IReadOnlyList<BenchmarkCase>> CreateAsync(
        IServiceProvider services, ClaimsPrincipal reviewer, ClaimsPrincipal caseworker, CaseworkTargets targets)
    {
        var noReportFilter = new ReportFilter();
        var noReferralFilter = new ReferralFilter();
        var reportsDeep = await WalkAsync(after => ReportPageAsync(services, reviewer, noReportFilter, after));
        var caseworkerReportsDeep = await WalkAsync(after => ReportPageAsync(services, caseworker, noReportFilter, after));
        var allDeep = await WalkAsync(after => ReferralPageAsync(services, reviewer, ReferralBox.All, noReferralFilter, after));
        var inboxDeep = await WalkAsync(after => ReferralPageAsync(services, caseworker, ReferralBox.Inbox, noReferralFilter, after));
        var notificationsDeep = await WalkAsync(after => NotificationPageAsync(services, reviewer, unreadOnly: false, after));
        var sent = new ReferralFilter { Statuses = [ReferralStatus.Sent] };
        var inProgress = new ReferralFilter { Statuses = [ReferralStatus.InProgress] };
        var overdue = new ReferralFilter { OverdueOnly = true };
        const string Province = QueryCases.Province;

        return
        [
            Reports("Reports, reviewer, first page", reviewer, noReportFilter, null),
            Reports($"Reports, reviewer, page {DeepPage} via cursor", reviewer, noReportFilter, reportsDeep),
            Reports("Reports, reviewer, status UnderAssessment", reviewer, new ReportFilter { Status = ReportStatus.UnderAssessment }, null),
            Reports("Reports, reviewer, assigned to me", reviewer, new ReportFilter { Mine = true }, null),
            Reports("Reports, reviewer, urgent and unassigned", reviewer, new ReportFilter { UrgentOnly = true, Unassigned = true }, null),
            Reports($"Reports, reviewer, province {Province}", reviewer, new ReportFilter { ProvinceCode = Province }, null),
            Reports("Reports, reviewer, search a person code", reviewer, new ReportFilter { Search = targets.PersonCode }, null),
            Reports("Reports, caseworker, first page", caseworker, noReportFilter, null),
            Reports($"Reports, caseworker, page {DeepPage} via cursor", caseworker, noReportFilter, caseworkerReportsDeep),
            Reports("Reports, caseworker, status Referred", caseworker, new ReportFilter { Status = ReportStatus.Referred }, null),

            Referrals("Referrals, reviewer, all, first page", reviewer, ReferralBox.All, noReferralFilter, null),
            Referrals($"Referrals, reviewer, all, page {DeepPage} via cursor", reviewer, ReferralBox.All, noReferralFilter, allDeep),
            Referrals("Referrals, reviewer, all, status Sent", reviewer, ReferralBox.All, sent, null),
            Referrals("Referrals, reviewer, all, overdue", reviewer, ReferralBox.All, overdue, null),
            Referrals("Referrals, reviewer, outbox, first page", reviewer, ReferralBox.Outbox, noReferralFilter, null),
            Counts("Referral counts, reviewer, all", reviewer, ReferralBox.All),
            Counts("Referral counts, reviewer, outbox", reviewer, ReferralBox.Outbox),
            Referrals("Referrals, caseworker, inbox, first page", caseworker, ReferralBox.Inbox, noReferralFilter, null),
            Referrals($"Referrals, caseworker, inbox, page {DeepPage} via cursor", caseworker, ReferralBox.Inbox, noReferralFilter, inboxDeep),
            Referrals("Referrals, caseworker, inbox, InProgress", caseworker, ReferralBox.Inbox, inProgress, null),
            Referrals("Referrals, caseworker, inbox, overdue", caseworker, ReferralBox.Inbox, overdue, null),
            Referrals("Referrals, caseworker, all visible, first page", caseworker, ReferralBox.All, noReferralFilter, null),
            Counts("Referral counts, caseworker, inbox", caseworker, ReferralBox.Inbox),
            Counts("Referral counts, caseworker, outbox", caseworker, ReferralBox.Outbox),

            new("Report read, caseworker, referred report", async scoped =>
            {
                var queries = scoped.GetRequiredService<ReportQueries>();
                var report = await queries.FindAsync(caseworker, targets.ReferredReportId, CancellationToken.None);
                return new MatchCount(report is null ? 0 : 1, IsExact: true);
            }),
            PersonsOfReport("Persons of a referred report, caseworker", caseworker, targets.ReferredReportId),
            PersonsOfReport("Persons of a referred report, reviewer", reviewer, targets.ReferredReportId),
            Duplicates("Duplicates of a person, reviewer", reviewer, targets.ReviewerPersonId),
            Duplicates("Duplicates of a person, caseworker", caseworker, targets.CaseworkerPersonId),

            Notifications("Notifications, reviewer, first page", reviewer, unreadOnly: false, null),
            Notifications($"Notifications, reviewer, page {DeepPage} via cursor", reviewer, unreadOnly: false, notificationsDeep),
            Notifications("Notifications, reviewer, unread only", reviewer, unreadOnly: true, null),
            new("Notifications, reviewer, unread count", async scoped =>
                new MatchCount(await scoped.GetRequiredService<NotificationInbox>().UnreadAsync(reviewer, CancellationToken.None), IsExact: true)),
            Notifications("Notifications, caseworker, first page", caseworker, unreadOnly: false, null),
        ];
    }

    private static BenchmarkCase Reports(string name, ClaimsPrincipal user, ReportFilter filter, KeysetCursor? after) =>
        new(name, async services =>
        {
            var page = await services.GetRequiredService<ReportQueries>().ListAsync(user, filter, after, PageSize, CancellationToken.None);
            return new MatchCount(page.Total, page.TotalIsExact);
        });

    private static BenchmarkCase Referrals(string name, ClaimsPrincipal user, ReferralBox box, ReferralFilter filter, KeysetCursor? after) =>
        new(name, async services =>
        {
            var page = await services.GetRequiredService<ReferralQueries>().ListAsync(user, box, filter, after, PageSize, CancellationToken.None);
            return new MatchCount(page.Total, page.TotalIsExact);
        });

    private static BenchmarkCase Counts(string name, ClaimsPrincipal user, ReferralBox box) =>
        new(name, async services =>
        {
            var (byStatus, _) = await services.GetRequiredService<ReferralQueries>().CountAsync(user, box, CancellationToken.None);
            return new MatchCount(byStatus.Values.Sum(), IsExact: true);
        });

    private static BenchmarkCase PersonsOfReport(string name, ClaimsPrincipal user, Guid reportId) =>
        new(name, async services =>
        {
            var persons = await services.GetRequiredService<ReportQueries>().PersonRecordsAsync(user, reportId, CancellationToken.None);
            return new MatchCount(persons.Count, IsExact: true);
        });

    private static BenchmarkCase Duplicates(string name, ClaimsPrincipal user, Guid personId) =>
        new(name, async services =>
        {
            var person = await services.GetRequiredService<EMnrDbContext>().Persons.AsNoTracking().SingleAsync(p => p.Id == personId);
            var candidates = await services.GetRequiredService<DuplicateFinder>().FindAsync(person, user, CancellationToken.None);
            return new MatchCount(candidates.Count, IsExact: true);
        });

    private static BenchmarkCase Notifications(string name, ClaimsPrincipal user, bool unreadOnly, KeysetCursor? after) =>
        new(name, async services =>
        {
            var page = await services.GetRequiredService<NotificationInbox>().ListAsync(user, unreadOnly, after, PageSize, CancellationToken.None);
            return new MatchCount(page.Items.Count, IsExact: true);
        });

    private static async Task<string?> ReportPageAsync(IServiceProvider services, ClaimsPrincipal user, ReportFilter filter, KeysetCursor? after)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ReportQueries>().ListAsync(user, filter, after, PageSize, CancellationToken.None)).NextCursor;
    }

    private static async Task<string?> ReferralPageAsync(
        IServiceProvider services, ClaimsPrincipal user, ReferralBox box, ReferralFilter filter, KeysetCursor? after)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ReferralQueries>().ListAsync(user, box, filter, after, PageSize, CancellationToken.None)).NextCursor;
    }

    private static async Task<string?> NotificationPageAsync(IServiceProvider services, ClaimsPrincipal user, bool unreadOnly, KeysetCursor? after)
    {
        await using var scope = services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<NotificationInbox>().ListAsync(user, unreadOnly, after, PageSize, CancellationToken.None)).NextCursor;
    }

    /// <summary>
    /// Follows the next-page cursors from the first page, as a user clicking "next" would, and returns
    /// the cursor of page <see cref="DeepPage"/>, or of the last page when there are fewer.
    /// </summary>
    private static async Task<KeysetCursor?> WalkAsync(Func<KeysetCursor?, Task<string?>> nextPage)
    {
        KeysetCursor? after = null;
        for (var page = 1; page < DeepPage; page++)
        {
            var next = await nextPage(after);
            if (!KeysetCursor.TryDecode(next, out var cursor))
            {
                break;
            }

            after = cursor;
        }

        return after;
    }
}
