using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace EMnr.Benchmarks;

/// <summary>One SQL command that EF Core sent, with copies of its parameters.</summary>
internal sealed record CapturedCommand(string Sql, IReadOnlyList<NpgsqlParameter> Parameters);

/// <summary>
/// Records the SQL commands that EF Core sends while <see cref="IsCapturing"/> is true, so that
/// the benchmark can run EXPLAIN on exactly the queries the app runs.
/// </summary>
internal sealed class SqlCapture : DbCommandInterceptor
{
    private readonly List<CapturedCommand> commands = [];
    private readonly Lock gate = new();

    public bool IsCapturing { get; set; }

    /// <summary>Returns the commands recorded so far and starts a new list.</summary>
    public IReadOnlyList<CapturedCommand> TakeCommands()
    {
        lock (gate)
        {
            var recorded = commands.ToList();
            commands.Clear();
            return recorded;
        }
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    private void Record(DbCommand command)
    {
        if (!IsCapturing)
        {
            return;
        }

        var parameters = command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone()).ToList();
        lock (gate)
        {
            commands.Add(new CapturedCommand(command.CommandText, parameters));
        }
    }
}
