using System.Net;
using System.Net.Http.Json;
using EMnr.Core.Auditing;
using EMnr.Web.Features;
using EMnr.Web.Features.Auditing;
using EMnr.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EMnr.Web.Tests.Auditing;

/// <summary>
/// The hash chain: computed by the database, verified in C#. Tampering tests change rows as the
/// superuser with triggers switched off, and put them back in a finally block, because the audit
/// table is shared by every test of the run.
/// </summary>
public sealed class AuditChainTests(EMnrApp app) : IntegrationTest(app)
{
    private async Task<List<long>> AddEntriesAsync(int count)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var db = scope.ServiceProvider.GetRequiredService<Core.Data.EMnrDbContext>();
        var entries = Enumerable.Range(0, count).Select(_ => audit.Add(null, "test.chained", "test", Guid.NewGuid())).ToList();
        await db.SaveChangesAsync();
        return entries.Select(e => e.Id).ToList();
    }

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None, batchSize: 7);
    }

    /// <summary>Runs SQL with every trigger off, as a superuser can.</summary>
    private async Task TamperAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SET session_replication_role = replica; {sql}", connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Chain_AfterWrites_Verifies()
    {
        await AddEntriesAsync(20);

        var result = await VerifyAsync();
        var entries = await App.WithDbAsync(db => db.AuditEntries.OrderBy(a => a.Id).ToListAsync());

        Assert.True(result.Intact, result.Problem);
        Assert.Equal(entries.Count, result.EntriesChecked);
        Assert.All(entries.Skip(1).Zip(entries), pair => Assert.Equal(pair.Second.Hash, pair.First.PreviousHash));
    }

    [Fact]
    public async Task Chain_AlteredEntry_ReportsThatEntry()
    {
        var ids = await AddEntriesAsync(5);
        var target = ids[2];

        await TamperAsync($"UPDATE audit_entries SET action = 'test.forged' WHERE id = {target}");
        AuditVerification result;
        try
        {
            result = await VerifyAsync();
        }
        finally
        {
            await TamperAsync($"UPDATE audit_entries SET action = 'test.chained' WHERE id = {target}");
        }

        Assert.False(result.Intact);
        Assert.Equal(target, result.BrokenEntryId);
        Assert.Contains("altered", result.Problem);
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Chain_DeletedEntry_ReportsTheNextEntry()
    {
        var ids = await AddEntriesAsync(5);
        var deleted = ids[2];

        await TamperAsync($"CREATE TABLE deleted_audit AS SELECT * FROM audit_entries WHERE id = {deleted}; DELETE FROM audit_entries WHERE id = {deleted}");
        AuditVerification result;
        try
        {
            result = await VerifyAsync();
        }
        finally
        {
            await TamperAsync("INSERT INTO audit_entries SELECT * FROM deleted_audit; DROP TABLE deleted_audit");
        }

        Assert.False(result.Intact);
        Assert.Equal(ids[3], result.BrokenEntryId);
        Assert.Contains("deleted", result.Problem);
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Chain_ReorderedEntries_Detected()
    {
        var ids = await AddEntriesAsync(5);
        const string swap = "UPDATE audit_entries SET id = -1 WHERE id = {0}; UPDATE audit_entries SET id = {0} WHERE id = {1}; " +
            "UPDATE audit_entries SET id = {1} WHERE id = -1";
        var sql = string.Format(System.Globalization.CultureInfo.InvariantCulture, swap, ids[1], ids[2]);

        await TamperAsync(sql);
        AuditVerification result;
        try
        {
            result = await VerifyAsync();
        }
        finally
        {
            await TamperAsync(sql);
        }

        Assert.False(result.Intact);
        Assert.Equal(ids[1], result.BrokenEntryId);
        Assert.True((await VerifyAsync()).Intact);
    }

    [Fact]
    public async Task Chain_ConcurrentWriters_StaysLinearInIdOrder()
    {
        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => AddEntriesAsync(15))));

        var result = await VerifyAsync();

        Assert.True(result.Intact, result.Problem);
    }

    [Fact]
    public async Task Chain_UpdateAsApp_IsRejected()
    {
        var ids = await AddEntriesAsync(1);

        var error = await Assert.ThrowsAsync<PostgresException>(() => App.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET action = 'x' WHERE id = {ids[0]}")));

        Assert.Contains("append-only", error.MessageText);
    }

    [Fact]
    public async Task VerificationEndpoint_Reviewer_ReturnsIntact()
    {
        var client = await App.ApiClientAsync(TestAccounts.Reviewer);

        var result = await client.GetFromJsonAsync<AuditVerification>($"{ApiRoutes.Prefix}/{ApiRoutes.Audit}/verification");

        Assert.NotNull(result);
        Assert.True(result.Intact, result.Problem);
    }

    [Fact]
    public async Task VerificationEndpoint_Caseworker_IsForbidden()
    {
        var client = await App.ApiClientAsync(TestAccounts.Caseworker);

        var response = await client.GetAsync($"{ApiRoutes.Prefix}/{ApiRoutes.Audit}/verification");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public void CanonicalText_NullAndEmpty_Differ()
    {
        var entry = new AuditEntry { Id = 1, At = DateTimeOffset.UnixEpoch, Action = "a", EntityType = "t", EntityId = "1" };
        var withEmptyIp = new AuditEntry { Id = 1, At = DateTimeOffset.UnixEpoch, Action = "a", EntityType = "t", EntityId = "1", IpAddress = "" };

        Assert.NotEqual(AuditChain.ComputeHash(entry, AuditChain.Genesis), AuditChain.ComputeHash(withEmptyIp, AuditChain.Genesis));
    }
}
