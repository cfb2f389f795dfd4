using System.Net.Http.Json;
using System.Text.Json;
using EMnr.Core.Crises;
using EMnr.Web.Features;
using EMnr.Web.Features.Retention;
using EMnr.Web.Infrastructure.Jobs;
using EMnr.Web.Seeding;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EMnr.Web.Tests.Auditing;

/// <summary>
/// The retention job runs at an instant eleven years ahead, past every default period, instead of
/// moving stored dates back.
/// </summary>
public sealed class RetentionJobTests(EMnrApp app) : IntegrationTest(app)
{
    private const string Reports = $"{ApiRoutes.Prefix}/{ApiRoutes.Reports}";
    private static readonly string FiguresRoute = $"{ApiRoutes.Prefix}/{ApiRoutes.Crises}/{AlHaouzEarthquake.Create().Id}/figures";

    /// <summary>A date of birth that makes the person 16 when the record is created.</summary>
    private static readonly string SixteenYearsAgo = DateTime.UtcNow.AddYears(-16).AddMonths(-1).ToString("yyyy-MM-dd");

    private JobScheduler Scheduler => App.Services.GetRequiredService<JobScheduler>();

    private async Task<(string Report, string Person)> CreateCaseAsync(bool closed)
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);
        var report = (await (await client.PostAsJsonAsync(Reports, new
        {
            source = "Commission",
            narrative = "Récit inventé avec des détails.",
            perpetratorsDescription = "Description inventée.",
        })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var person = (await (await client.PostAsJsonAsync($"{Reports}/{report}/persons",
                new { nameLatin = "Nom Inventé", sex = "Female", dateOfBirth = SixteenYearsAgo, nationality = "MA", guardianName = "Tuteur Inventé" }))
            .Content.ReadFromJsonAsync<JsonElement>()).GetProperty("person").GetProperty("id").GetString()!;
        if (closed)
        {
            // A report about a child closes only once the child is referred to the prosecutor.
            var referral = await client.PostAsJsonAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Referrals}", new
            {
                reportId = report,
                kind = "Judicial",
                toInstitutionId = await App.InstitutionIdAsync("PMP"),
                reason = "Protection de l'enfant.",
                persons = new[] { new { personId = person, shareIdentity = true } },
            });
            referral.EnsureSuccessStatusCode();
            var close = await client.PostAsJsonAsync($"{Reports}/{report}/status", new { status = "Closed", reason = "Orientée puis close." });
            close.EnsureSuccessStatusCode();
        }

        return (report, person);
    }

    [Fact]
    public async Task Run_PastRetention_KeepsFigures()
    {
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
        }

        var (closedReport, closedPerson) = await CreateCaseAsync(closed: true);
        var (_, openPerson) = await CreateCaseAsync(closed: false);
        var analyst = await App.ApiClientAsync(TestAccounts.Analyst);
        var figuresBefore = await analyst.GetStringAsync(FiguresRoute);
        var now = DateTimeOffset.UtcNow.AddYears(11);

        var ran = await Scheduler.RunAsync(RetentionJob.Name, now, CancellationToken.None);
        var figuresAfter = await analyst.GetStringAsync(FiguresRoute);
        var anonymised = await App.WithDbAsync(db => db.Persons.SingleAsync(p => p.Id == Guid.Parse(closedPerson)));
        var kept = await App.WithDbAsync(db => db.Persons.SingleAsync(p => p.Id == Guid.Parse(openPerson)));
        var report = await App.WithDbAsync(db => db.Reports.SingleAsync(r => r.Id == Guid.Parse(closedReport)));
        var summaries = await App.WithDbAsync(db => db.Communications.CountAsync(c => c.Summary != ""));
        var referralReasons = await App.WithDbAsync(db => db.Referrals.Where(r => r.ReportId == Guid.Parse(closedReport)).Select(r => r.Reason).ToListAsync());
        var auditAfterFirst = await App.WithDbAsync(db => db.AuditEntries.CountAsync());
        var personAudit = await App.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.EntityId == closedPerson && a.Action == "person.anonymised"));

        var ranAgain = await Scheduler.RunAsync(RetentionJob.Name, now.Add(RetentionJob.Period), CancellationToken.None);
        var auditAfterSecond = await App.WithDbAsync(db => db.AuditEntries.CountAsync());
        var figuresAfterSecond = await analyst.GetStringAsync(FiguresRoute);

        Assert.True(ran);
        Assert.Equal(figuresBefore, figuresAfter);
        Assert.Contains("\"total\":1749", figuresAfter, StringComparison.Ordinal);
        Assert.Null(anonymised.NameLatin);
        Assert.Null(anonymised.DateOfBirth);
        Assert.Null(anonymised.GuardianName);
        Assert.Equal("", anonymised.NameSearch);
        Assert.NotNull(anonymised.AnonymisedAt);
        Assert.Equal((15, 17), (anonymised.EstimatedAgeMin, anonymised.EstimatedAgeMax));
        Assert.Equal("MA", anonymised.Nationality);
        Assert.StartsWith("PV-", anonymised.Code, StringComparison.Ordinal);
        Assert.Equal("Nom Inventé", kept.NameLatin);
        Assert.Equal("", report.Narrative);
        Assert.Null(report.PerpetratorsDescription);
        Assert.Equal(0, summaries);
        Assert.Equal([""], referralReasons);
        Assert.Null(personAudit.UserId);
        Assert.True(ranAgain);
        Assert.Equal(auditAfterFirst, auditAfterSecond);
        Assert.Equal(figuresAfter, figuresAfterSecond);
    }

    [Fact]
    public async Task Run_BeforeRetentionPeriod_KeepsEverything()
    {
        var (_, person) = await CreateCaseAsync(closed: true);

        await Scheduler.RunAsync(RetentionJob.Name, DateTimeOffset.UtcNow.AddYears(4), CancellationToken.None);
        var stored = await App.WithDbAsync(db => db.Persons.SingleAsync(p => p.Id == Guid.Parse(person)));
        var summaries = await App.WithDbAsync(db => db.Communications.CountAsync(c => c.AnonymisedAt != null));

        Assert.Equal("Nom Inventé", stored.NameLatin);
        Assert.Null(stored.AnonymisedAt);
        Assert.Equal(0, summaries);
    }
}
