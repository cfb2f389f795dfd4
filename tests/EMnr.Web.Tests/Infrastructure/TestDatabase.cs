using Npgsql;
using Testcontainers.PostgreSql;

namespace EMnr.Web.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server for a test run: the one in <c>EMNR_TEST_DB</c> when set (scripts/test
/// starts a throwaway cluster and sets it), otherwise a Testcontainers container. There is no
/// other fallback. Without either, the run fails with a message that explains how to fix it.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string EnvironmentVariable = "EMNR_TEST_DB";

    private PostgreSqlContainer? container;

    public string ConnectionString { get; private set; } = "";

    public async Task StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        var serverConnection = string.IsNullOrWhiteSpace(configured) ? await StartContainerAsync() : configured;

        // A database of its own per run, so that a developer's data is never touched.
        var database = "emnr_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(serverConnection))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(serverConnection)
        {
            Database = database,
            IncludeErrorDetail = true,
        }.ConnectionString;
    }

    private async Task<string> StartContainerAsync()
    {
        try
        {
            container = new PostgreSqlBuilder("postgres:17-alpine").Build();
            await container.StartAsync();
            return container.GetConnectionString();
        }
        catch (Exception exception) when (exception is DotNet.Testcontainers.Builders.DockerUnavailableException
            or ArgumentException or InvalidOperationException)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the tests: {EnvironmentVariable} is not set and no Docker engine answers. " +
                "Run the tests with scripts/test, which starts a throwaway local cluster, or set " +
                $"{EnvironmentVariable} to a server where the tests may create databases, or start Docker.",
                exception);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }
}
