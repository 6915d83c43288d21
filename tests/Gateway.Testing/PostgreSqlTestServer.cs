using Npgsql;

namespace Gateway.Testing;

/// <summary>
/// The real PostgreSQL server that <c>scripts/test.sh</c> starts for a test run (<c>GATEWAY_TEST_POSTGRES</c>, an
/// Npgsql connection string of a superuser). Each test gets its own database (<see cref="CreateDatabaseAsync"/>),
/// dropped when disposed. Without a server the test is skipped, unless <c>GATEWAY_TEST_REQUIRE_SERVICES=1</c>, where
/// it fails instead.
/// </summary>
public static class PostgreSqlTestServer
{
    public const string ConnectionStringVariable = "GATEWAY_TEST_POSTGRES";

    public const string SkipReason = "PostgreSQL not started: run scripts/test.sh";

    /// <summary>The server's connection string, or null when none was started.</summary>
    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value ? value : null;

    /// <summary>Skips the current test when no server was started, or throws when services are required.</summary>
    public static string RequireOrSkip()
    {
        if (ConnectionString is { } connectionString)
        {
            return connectionString;
        }

        if (RabbitMqTestNode.ServicesRequired)
        {
            throw new InvalidOperationException(
                $"{RabbitMqTestNode.RequireServicesVariable}=1 but {ConnectionStringVariable} is not set. scripts/test.sh starts a private server and sets it.");
        }

        Assert.Skip(SkipReason);
        return null!;
    }

    /// <summary>Creates a fresh database and returns it; disposing it drops the database.</summary>
    public static async Task<PostgreSqlTestDatabase> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        var server = RequireOrSkip();
        var name = (new string([.. prefix.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).Take(20)]) + "_" + Guid.NewGuid().ToString("N")[..12]).TrimStart('_');
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new PostgreSqlTestDatabase(server, name, builder.ConnectionString);
    }
}

/// <summary>A database of its own for one test; disposing drops it (closing the connections still open to it).</summary>
public sealed class PostgreSqlTestDatabase(string server, string name, string connectionString) : IAsyncDisposable
{
    /// <summary>The connection string of this database.</summary>
    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
