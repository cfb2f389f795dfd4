using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Web.Seeding;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EMnr.Web.Tests.Referrals;

public sealed class DemoReferralsTests(EMnrApp app) : ReferralTestBase(app)
{
    [Fact]
    public async Task Seed_DemoData_FillsShelterInbox()
    {
        var reviewerId = await App.WithDbAsync(db => db.Users.Where(u => u.Email == TestAccounts.Reviewer).Select(u => u.Id).SingleAsync());
        await App.WithDbAsync(async db =>
        {
            await DemoReferrals.SeedAsync(db, reviewerId, DateTimeOffset.UtcNow, CancellationToken.None);
            return 0;
        });
        var caseworker = await App.ApiClientAsync(TestAccounts.Caseworker);
        var reviewer = await App.ApiClientAsync(TestAccounts.Reviewer);

        var inbox = await caseworker.GetFromJsonAsync<JsonElement>($"{Referrals}?box=inbox");
        var outbox = await reviewer.GetFromJsonAsync<JsonElement>($"{Referrals}?box=outbox");
        var first = inbox.GetProperty("items")[0].GetProperty("id").GetGuid();
        var detail = await caseworker.GetFromJsonAsync<JsonElement>($"{Referrals}/{first}");

        Assert.Equal(3, inbox.GetProperty("items").GetArrayLength());
        Assert.Equal(1, inbox.GetProperty("overdue").GetInt32());
        Assert.Equal(5, outbox.GetProperty("items").GetArrayLength());
        Assert.NotEmpty(detail.GetProperty("allowedActions").EnumerateArray());
    }
}
