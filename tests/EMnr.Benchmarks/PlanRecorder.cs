using System.Globalization;
using System.Text;
using Npgsql;

namespace EMnr.Benchmarks;

/// <summary>Runs a case once with SQL capture on, then EXPLAIN (ANALYZE, BUFFERS) on each command it sent.</summary>
internal static class PlanRecorder
{
    public static async Task<string> ExplainAsync(
        IServiceProvider services, SqlCapture capture, BenchmarkCase benchmark, string connectionString)
    {
        capture.TakeCommands();
        capture.IsCapturing = true;
        try
        {
            await Measurement.RunInScopeAsync(services, benchmark);
        }
        finally
        {
            capture.IsCapturing = false;
        }

        var text = new StringBuilder();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var command in capture.TakeCommands())
        {
            text.AppendLine(command.Sql);
            foreach (var parameter in command.Parameters)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"-- {parameter.ParameterName} = {FormatValue(parameter.Value)}");
            }

            text.AppendLine();
            await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + command.Sql, connection);
            foreach (var parameter in command.Parameters)
            {
                explain.Parameters.Add(parameter.Clone());
            }

            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                text.AppendLine(reader.GetString(0));
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private static string FormatValue(object? value) => value switch
    {
        null or DBNull => "NULL",
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
