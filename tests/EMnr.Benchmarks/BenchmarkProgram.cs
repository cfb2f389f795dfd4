using System.Diagnostics;
using System.Globalization;
using System.Text;
using EMnr.Core.Crises;
using EMnr.Core.Data;
using EMnr.Core.Identity;
using EMnr.Core.ReferenceData;
using EMnr.Web.Features.Communications;
using EMnr.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EMnr.Benchmarks;

/// <summary>Reference rows the generator and the cases need, read after the app seeded them.</summary>
internal sealed record ReferenceData(Guid CommissionId, Guid CaseworkerInstitutionId, List<Guid> PartnerIds, List<string> ProvinceCodes, Crisis Crisis);

/// <summary>Loads invented communications into a fresh database and times the app's list and figure queries.</summary>
internal static class BenchmarkProgram
{
    private const string ServerVariable = "EMNR_BENCH_DB";

    private const string DatabaseName = "emnr_bench";

    /// <summary>Institution of the caseworker in the caseworker case; the test accounts use the same one.</summary>
    private const string CaseworkerInstitutionCode = "EN";

    private const string Usage = """
        Usage: EMnr.Benchmarks [ROWS] [--reports N] [--casework-only | --no-casework] [--warmup N] [--repetitions N]
                               [--results DIR] [--setup-sql FILE]
          ROWS           communications to load (default 1000000)
          --reports      reports of the casework data set loaded after the communications (default 100000);
                         with 2.5 persons and 1.5 referrals per report
          --casework-only    load and time only the casework data set
          --no-casework      load and time only the communications
          --warmup       untimed runs of each case before timing (default 3)
          --repetitions  timed runs of each case (default 20)
          --results      folder for the results table and query plans (default artifacts/bench)
          --setup-sql    SQL file to run after the last load and before its VACUUM ANALYZE, such as a proposed index
        EMNR_BENCH_DB must hold a connection string to a PostgreSQL server where the benchmark may
        drop and create the database emnr_bench. scripts/bench starts a throwaway server and sets it.
        """;

    public static async Task<int> Main(string[] args)
    {
        if (!BenchmarkOptions.TryParse(args, out var options, out var error))
        {
            Console.Error.WriteLine(error);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var serverConnection = Environment.GetEnvironmentVariable(ServerVariable);
        if (string.IsNullOrWhiteSpace(serverConnection))
        {
            Console.Error.WriteLine($"{ServerVariable} is not set. Run scripts/bench, which starts a throwaway PostgreSQL and sets it.");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var connectionString = await CreateDatabaseAsync(serverConnection);
        Directory.CreateDirectory(options.ResultsDirectory);

        Console.WriteLine("Starting the app: migrations and reference data...");
        var stopwatch = Stopwatch.StartNew();
        await using var app = new BenchmarkApp(connectionString);
        var services = app.Services;
        var startTime = stopwatch.Elapsed;
        var reference = await ReadReferenceDataAsync(services);

        var server = await DescribeServerAsync(connectionString);
        var report = new StringBuilder();
        var plans = new StringBuilder();
        var setupSql = options.SetupSqlFile is null ? null : await File.ReadAllTextAsync(options.SetupSqlFile);
        if (!options.CaseworkOnly)
        {
            var setupSqlHere = options.Reports == 0 ? setupSql : null;
            var (section, sectionPlans) = await RunCommunicationsAsync(app, options, reference, connectionString, setupSqlHere, startTime, server);
            report.Append(section);
            plans.Append(sectionPlans);
        }

        if (options.Reports > 0)
        {
            var (section, sectionPlans) = await RunCaseworkAsync(app, options, reference, connectionString, setupSql, startTime, server);
            report.AppendLine().Append(section);
            plans.Append(sectionPlans);
        }

        var name = options.CaseworkOnly ? $"casework-{options.Reports}" : options.Rows.ToString(CultureInfo.InvariantCulture);
        var reportPath = Path.Combine(options.ResultsDirectory, $"results-{name}.md");
        var plansPath = Path.Combine(options.ResultsDirectory, $"plans-{name}.txt");
        await File.WriteAllTextAsync(reportPath, report.ToString());
        await File.WriteAllTextAsync(plansPath, plans.ToString());

        Console.WriteLine();
        Console.WriteLine(report);
        Console.WriteLine($"Results: {reportPath}");
        Console.WriteLine($"Query plans: {plansPath}");
        return 0;
    }

    private static async Task<(string Report, string Plans)> RunCommunicationsAsync(
        BenchmarkApp app, BenchmarkOptions options, ReferenceData reference, string connectionString, string? setupSql, TimeSpan startTime, string server)
    {
        var services = app.Services;
        Console.WriteLine($"Loading {options.Rows:N0} communications over {reference.ProvinceCodes.Count} provinces...");
        var generator = new SyntheticCommunications(reference.Crisis, reference.ProvinceCodes, reference.CommissionId, reference.PartnerIds);
        var load = await CommunicationLoader.LoadAsync(connectionString, () => generator.Generate(options.Rows), setupSql);
        Console.WriteLine(
            $"Loaded in {load.Total.TotalSeconds:F1} s: generate {load.Generate.TotalSeconds:F1} s, COPY {load.Copy.TotalSeconds:F1} s, " +
            $"indexes {load.Indexes.TotalSeconds:F1} s, VACUUM ANALYZE {load.VacuumAnalyze.TotalSeconds:F1} s");

        var pageSize = services.GetRequiredService<IOptions<CommunicationOptions>>().Value.PageSize;
        var deepCursor = await CursorAtRowAsync(connectionString, ((QueryCases.DeepPage - 1) * pageSize) - 1);
        var cases = QueryCases.Create(
            QueryCases.User(Roles.HotlineOperator, reference.CommissionId),
            QueryCases.User(Roles.InstitutionCaseworker, reference.CaseworkerInstitutionId),
            deepCursor,
            reference.Crisis,
            pageSize);

        var results = await MeasureAllAsync(services, cases, options);
        var plans = await ExplainAllAsync(app, cases, results, connectionString);
        return (Report.Format(options, load, startTime, server, pageSize, results, setupSql is not null), plans);
    }

    private static async Task<(string Report, string Plans)> RunCaseworkAsync(
        BenchmarkApp app, BenchmarkOptions options, ReferenceData reference, string connectionString, string? setupSql, TimeSpan startTime, string server)
    {
        var services = app.Services;
        var size = new CaseworkSize(options.Reports);
        Console.WriteLine(
            $"Loading casework: {size.Reports:N0} reports, {size.Persons:N0} persons, {size.Referrals:N0} referrals, " +
            $"{size.Notifications:N0} notifications, {size.AuditEntries:N0} audit entries...");
        var load = await CaseworkLoader.LoadAsync(connectionString, size, DateTimeOffset.UtcNow, setupSql);
        Console.WriteLine(
            $"Loaded in {load.Total.TotalSeconds:F1} s: INSERT ... SELECT {load.Insert.TotalSeconds:F1} s, " +
            $"indexes {load.Indexes.TotalSeconds:F1} s, VACUUM ANALYZE {load.VacuumAnalyze.TotalSeconds:F1} s");

        var reviewer = CaseworkCases.Reviewer(reference.CommissionId);
        var caseworker = CaseworkCases.Caseworker(reference.CaseworkerInstitutionId);
        var targets = await CaseworkCases.FindTargetsAsync(services, caseworker);
        var cases = await CaseworkCases.CreateAsync(services, reviewer, caseworker, targets);
        var results = await MeasureAllAsync(services, cases, options);
        var plans = await ExplainAllAsync(app, cases, results, connectionString);
        var tableSizes = await CountRowsAsync(connectionString);
        return (Report.FormatCasework(options, size, load, startTime, server, results, tableSizes, setupSql is not null), plans);
    }

    private static async Task<IReadOnlyList<(string Table, long Rows)>> CountRowsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var counts = new List<(string, long)>();
        foreach (var table in CaseworkLoader.Tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            counts.Add((table, (long)(await command.ExecuteScalarAsync())!));
        }

        return counts;
    }

    // Drops and recreates the benchmark database, so that every run starts from an empty schema.
    private static async Task<string> CreateDatabaseAsync(string serverConnection)
    {
        await using (var connection = new NpgsqlConnection(serverConnection))
        {
            await connection.OpenAsync();
            await CommunicationLoader.ExecuteAsync(connection, $"DROP DATABASE IF EXISTS {DatabaseName} WITH (FORCE)");
            await CommunicationLoader.ExecuteAsync(connection, $"CREATE DATABASE {DatabaseName}");
        }

        return new NpgsqlConnectionStringBuilder(serverConnection) { Database = DatabaseName }.ConnectionString;
    }

    private static async Task<ReferenceData> ReadReferenceDataAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EMnrDbContext>();
        var institutions = await db.Institutions.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Id);
        // Ordered by code, not by id: the ids are UUIDv7 made at seeding, so they differ between runs.
        var partnerIds = institutions
            .Where(i => i.Key != InstitutionSeeds.CommissionCode)
            .OrderBy(i => i.Key, StringComparer.Ordinal)
            .Select(i => i.Value)
            .ToList();
        var provinceCodes = await db.Provinces.AsNoTracking().Select(p => p.Code).OrderBy(c => c).ToListAsync();
        var crisis = await db.Crises.AsNoTracking().SingleAsync(c => c.Code == AlHaouzEarthquake.Code);
        return new ReferenceData(
            institutions[InstitutionSeeds.CommissionCode], institutions[CaseworkerInstitutionCode], partnerIds, provinceCodes, crisis);
    }

    private static async Task<List<CaseResult>> MeasureAllAsync(
        IServiceProvider services, IReadOnlyList<BenchmarkCase> cases, BenchmarkOptions options)
    {
        var results = new List<CaseResult>();
        foreach (var benchmark in cases)
        {
            var result = await Measurement.MeasureAsync(services, benchmark, options.Warmup, options.Repetitions);
            results.Add(result);
            Console.WriteLine($"  {result.Name,-42} median {result.MedianMs,8:F1} ms   p95 {result.P95Ms,8:F1} ms   matching {result.Matched,10}");
        }

        return results;
    }

    /// <summary>Records the query plans of every case, slowest first.</summary>
    private static async Task<string> ExplainAllAsync(
        BenchmarkApp app, IReadOnlyList<BenchmarkCase> cases, List<CaseResult> results, string connectionString)
    {
        var plans = new StringBuilder();
        foreach (var result in results.OrderByDescending(r => r.MedianMs))
        {
            var benchmark = cases.Single(c => c.Name == result.Name);
            plans.AppendLine(CultureInfo.InvariantCulture, $"==== {result.Name} (median {result.MedianMs:F1} ms)");
            plans.AppendLine(await PlanRecorder.ExplainAsync(app.Services, app.Capture, benchmark, connectionString));
        }

        return plans.ToString();
    }

    // Returns the cursor of the row at the zero-based offset in the newest-first list, so that the
    // next page starts right after it. With fewer rows it returns the oldest row, whose next page is empty.
    private static async Task<KeysetCursor?> CursorAtRowAsync(string connectionString, int offset)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT received_at, id FROM (
                SELECT received_at, id FROM communications ORDER BY received_at DESC, id DESC LIMIT $1 + 1
            ) AS newest
            ORDER BY received_at, id LIMIT 1
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = (long)offset });
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        return new KeysetCursor(reader.GetFieldValue<DateTimeOffset>(0), reader.GetGuid(1));
    }

    private static async Task<string> DescribeServerAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT current_setting('server_version'), current_setting('shared_buffers'), current_setting('work_mem'), current_setting('fsync')",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"PostgreSQL {reader.GetString(0)}, shared_buffers {reader.GetString(1)}, work_mem {reader.GetString(2)}, fsync {reader.GetString(3)}";
    }
}
