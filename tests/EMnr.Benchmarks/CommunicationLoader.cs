using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;

namespace EMnr.Benchmarks;

/// <summary>Durations of the steps of one bulk load.</summary>
/// <remarks><see cref="Indexes"/> includes the setup SQL, if any.</remarks>
internal sealed record LoadTimings(TimeSpan Generate, TimeSpan Copy, TimeSpan Indexes, TimeSpan VacuumAnalyze)
{
    public TimeSpan Total => Generate + Copy + Indexes + VacuumAnalyze;
}

/// <summary>
/// Bulk-loads rows into <c>communications</c> the way a bulk loader would: drops the secondary
/// indexes, writes the rows with binary COPY, recreates each index from the definition the
/// migrations gave it, runs the optional setup SQL (such as a proposed index), then VACUUM ANALYZE.
/// </summary>
internal static class CommunicationLoader
{
    private const string CopyCommand = """
        COPY communications (id, received_at, channel, language, caller_type, category, redirected_to,
            province_code, crisis_id, summary, summary_search, institution_id, operator_id, report_id, created_at)
        FROM STDIN (FORMAT BINARY)
        """;

    public static async Task<LoadTimings> LoadAsync(string connectionString, Func<CommunicationRow[]> generate, string? setupSql)
    {
        var stopwatch = Stopwatch.StartNew();
        var rows = generate();
        var generateTime = stopwatch.Elapsed;

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, "SET maintenance_work_mem = '1GB'");

        var indexes = await ReadIndexDefinitionsAsync(connection, "communications");
        foreach (var name in indexes.Keys)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        }

        stopwatch.Restart();
        Copy(connection, rows);
        var copyTime = stopwatch.Elapsed;

        stopwatch.Restart();
        foreach (var definition in indexes.Values)
        {
            await ExecuteAsync(connection, definition);
        }

        if (!string.IsNullOrWhiteSpace(setupSql))
        {
            await ExecuteAsync(connection, setupSql);
        }

        var indexTime = stopwatch.Elapsed;

        // A table that has lived in production has been vacuumed by autovacuum, so its visibility
        // map is set and index-only scans skip the heap. VACUUM gives the fresh table the same state.
        stopwatch.Restart();
        await ExecuteAsync(connection, "VACUUM (ANALYZE) communications");
        var vacuumTime = stopwatch.Elapsed;

        return new LoadTimings(generateTime, copyTime, indexTime, vacuumTime);
    }

    /// <summary>Reads the definitions of every index of a table except the primary key, which stays in place.</summary>
    public static async Task<Dictionary<string, string>> ReadIndexDefinitionsAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = $1 AND indexname <> 'pk_' || $1",
            connection);
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            indexes[reader.GetString(0)] = reader.GetString(1);
        }

        return indexes;
    }

    // Synchronous writes: nothing else runs meanwhile, and the loop writes millions of values.
    private static void Copy(NpgsqlConnection connection, CommunicationRow[] rows)
    {
        using var writer = connection.BeginBinaryImport(CopyCommand);
        foreach (var row in rows)
        {
            writer.StartRow();
            writer.Write(row.Id, NpgsqlDbType.Uuid);
            writer.Write(row.ReceivedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
            writer.Write(row.Channel.ToString(), NpgsqlDbType.Varchar);
            writer.Write(row.Language.ToString(), NpgsqlDbType.Varchar);
            writer.Write(row.CallerType.ToString(), NpgsqlDbType.Varchar);
            writer.Write(row.Category.ToString(), NpgsqlDbType.Varchar);
            WriteNullable(writer, row.RedirectedTo?.ToString(), NpgsqlDbType.Varchar);
            WriteNullable(writer, row.ProvinceCode, NpgsqlDbType.Varchar);
            WriteNullable(writer, row.CrisisId, NpgsqlDbType.Uuid);
            writer.Write(row.Summary, NpgsqlDbType.Varchar);
            writer.Write(row.SummarySearch, NpgsqlDbType.Varchar);
            writer.Write(row.InstitutionId, NpgsqlDbType.Uuid);
            writer.Write(row.OperatorId, NpgsqlDbType.Uuid);
            WriteNullable(writer, row.ReportId, NpgsqlDbType.Uuid);
            writer.Write(row.CreatedAt.UtcDateTime, NpgsqlDbType.TimestampTz);
        }

        writer.Complete();
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            writer.WriteNull();
        }
        else
        {
            writer.Write(value, type);
        }
    }

    private static void WriteNullable(NpgsqlBinaryImporter writer, Guid? value, NpgsqlDbType type)
    {
        if (value is { } guid)
        {
            writer.Write(guid, type);
        }
        else
        {
            writer.WriteNull();
        }
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
