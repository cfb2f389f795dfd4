using System.Security.Claims;
using EMnr.Core.Communications;
using EMnr.Core.Crises;
using EMnr.Web.Features.Communications;
using EMnr.Web.Features.Crises;
using EMnr.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Benchmarks;

/// <summary>The requests the benchmark times, each through the app's own query classes.</summary>
internal static class QueryCases
{
    /// <summary>Local month used by the date-range case.</summary>
    public static readonly DateOnly MonthStart = new(2025, 3, 1);

    public const string Province = "MA-CAS";

    public const int DeepPage = 200;

    /// <summary>Search text shorter than a trigram, so the trigram index cannot serve it. No summary contains it.</summary>
    public const string ShortSearchText = "qz";

    public static ClaimsPrincipal User(string role, Guid institutionId, Guid? userId = null) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, (userId ?? Guid.Empty).ToString()),
                new Claim(ClaimTypes.Role, role),
                new Claim(EMnrClaims.InstitutionId, institutionId.ToString()),
            ],
            authenticationType: "Benchmark"));

    public static IReadOnlyList<BenchmarkCase> Create(
        ClaimsPrincipal hotlineOperator, ClaimsPrincipal caseworker, KeysetCursor? deepCursor, Crisis crisis, int pageSize)
    {
        var noFilter = new CommunicationFilter();
        return
        [
            List("List, first page, no filter", hotlineOperator, noFilter, null, pageSize),
            List($"List, page {DeepPage} via cursor", hotlineOperator, noFilter, deepCursor, pageSize),
            List("Filter: one month", hotlineOperator, new CommunicationFilter { From = MonthStart, To = MonthStart.AddMonths(1).AddDays(-1) }, null, pageSize),
            List("Filter: SuspectedTrafficking", hotlineOperator, new CommunicationFilter { Category = CommunicationCategory.SuspectedTrafficking }, null, pageSize),
            List($"Filter: province {Province}", hotlineOperator, new CommunicationFilter { ProvinceCode = Province }, null, pageSize),
            List("Filter: Al Haouz crisis", hotlineOperator, new CommunicationFilter { CrisisId = crisis.Id }, null, pageSize),
            List($"Search: rare word \"{SyntheticCommunications.RareSearchWord}\"", hotlineOperator, new CommunicationFilter { Text = SyntheticCommunications.RareSearchWord }, null, pageSize),
            List($"Search: common word \"{SyntheticCommunications.CommonSearchWord}\"", hotlineOperator, new CommunicationFilter { Text = SyntheticCommunications.CommonSearchWord }, null, pageSize),
            List($"Search: two letters \"{ShortSearchText}\", no match", hotlineOperator, new CommunicationFilter { Text = ShortSearchText }, null, pageSize),
            List("Queue: reports to open", hotlineOperator, new CommunicationFilter { ReportsToOpen = true }, null, pageSize),
            List("Caseworker, first page", caseworker, noFilter, null, pageSize),
            new BenchmarkCase("Crisis figures, Al Haouz", async services =>
            {
                var figures = await services.GetRequiredService<CrisisFigureQueries>().ComputeAsync(crisis, CancellationToken.None);
                return new MatchCount(figures.Total, IsExact: true);
            }),
        ];
    }

    private static BenchmarkCase List(string name, ClaimsPrincipal user, CommunicationFilter filter, KeysetCursor? after, int pageSize) =>
        new(name, async services =>
        {
            var page = await services.GetRequiredService<CommunicationQueries>()
                .ListAsync(user, filter, after, pageSize, CancellationToken.None);
            return new MatchCount(page.Total, page.TotalIsExact);
        });
}
