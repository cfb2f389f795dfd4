using System.Net.Http.Json;
using System.Security.Claims;
using EMnr.Core.Identity;
using EMnr.Web.Features;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace EMnr.Web.Tests.Communications;

public sealed class CommunicationQueriesTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Route = $"{ApiRoutes.Prefix}/{ApiRoutes.Communications}";

    [Theory]
    [InlineData(2, 3, 2, true)]
    [InlineData(3, 3, 3, true)]
    [InlineData(4, 3, 3, false)]
    public async Task ListAsync_CountLimit_CapsTotal(int stored, int maxExactTotal, int expectedTotal, bool expectedExact)
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        for (var i = 0; i < stored; i++)
        {
            (await client.PostAsJsonAsync(Route, CommunicationRequests.Valid(DateTimeOffset.UtcNow.AddMinutes(-10 - i)))).EnsureSuccessStatusCode();
        }

        var commissionId = await App.InstitutionIdAsync("CNCLTEH");
        var options = Options.Create(new CommunicationOptions { MaxExactTotal = maxExactTotal });
        var page = await App.WithDbAsync(db => new CommunicationQueries(db, options)
            .ListAsync(HotlineOperator(commissionId), new CommunicationFilter(), null, 2, CancellationToken.None));

        Assert.Equal(expectedTotal, page.Total);
        Assert.Equal(expectedExact, page.TotalIsExact);
        Assert.Equal(Math.Min(stored, 2), page.Items.Count);
        Assert.Equal(stored > 2, page.NextCursor is not null);
    }

    [Fact]
    public async Task ListAsync_CountLimit_AppliesAfterFilters()
    {
        var client = await App.ApiClientAsync(TestAccounts.Operator);
        for (var i = 0; i < 4; i++)
        {
            var summary = i == 0 ? "Enfant emmené à Marrakech" : "Appel sans suite.";
            (await client.PostAsJsonAsync(Route, CommunicationRequests.Valid(summary: summary))).EnsureSuccessStatusCode();
        }

        var commissionId = await App.InstitutionIdAsync("CNCLTEH");
        var options = Options.Create(new CommunicationOptions { MaxExactTotal = 3 });
        var page = await App.WithDbAsync(db => new CommunicationQueries(db, options)
            .ListAsync(HotlineOperator(commissionId), new CommunicationFilter { Text = "emmene" }, null, 50, CancellationToken.None));

        Assert.Equal(1, page.Total);
        Assert.True(page.TotalIsExact);
    }

    private static ClaimsPrincipal HotlineOperator(Guid institutionId) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, Guid.NewGuid().ToString()),
                new Claim(ClaimTypes.Role, Roles.HotlineOperator),
                new Claim(EMnrClaims.InstitutionId, institutionId.ToString()),
            ],
            authenticationType: "Test"));
}
