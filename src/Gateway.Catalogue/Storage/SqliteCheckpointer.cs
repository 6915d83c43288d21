using Gateway.Catalogue.Options;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue.Storage;

/// <summary>
/// Copies committed WAL pages back into the SQLite database file on a connection and thread of its own (decision 0042),
/// so the thread that commits an ingest page no longer stops every few thousand pages to write them, sync and come
/// back. After a commit (<see cref="SqliteCommitSignal"/>) it runs <c>PRAGMA wal_checkpoint(PASSIVE)</c>, which never
/// blocks readers or the writer, then rests <see cref="Pause"/> so the pages several commits dirtied are copied once.
/// The writers keep SQLite's own automatic checkpoint as a backstop at
/// <see cref="SqliteConnectionPragmas.BackstopPages"/> pages, in case this service is stopped or cannot keep up.
/// </summary>
internal sealed partial class SqliteCheckpointer(
    IOptions<CatalogueOptions> options, SqliteCommitSignal commits, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    /// <summary>The rest between two checkpoints.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(200);

    /// <summary>The pause after a failed checkpoint.</summary>
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var connection = new SqliteConnection(options.Value.ConnectionString);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await commits.WaitAsync(stoppingToken);
                await CheckpointAsync(connection, stoppingToken);
                await Task.Delay(Pause, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // SQLite checkpoints what is left when the last connection closes
            }
#pragma warning disable CA1031 // the next attempt may succeed (a database being replaced, a full disk freed); the writers' backstop holds meanwhile
            catch (Exception exception)
#pragma warning restore CA1031
            {
                CheckpointFailed(logger, exception);
                await Task.Delay(RetryDelay, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private static async Task CheckpointAsync(SqliteConnection connection, CancellationToken ct)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync(ct);
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (await reader.ReadAsync(ct))
        {
            // busy, frames in the WAL, frames of it copied back (both -1 when the database is not in WAL mode); what is
            // left is held by a reader still using older pages, and goes at a later checkpoint
            CatalogueMetrics.WalFramesBehind = Math.Max(0, reader.GetInt64(1) - reader.GetInt64(2));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The catalogue's WAL could not be checkpointed; trying again (the writers checkpoint on their own past their backstop)")]
    private static partial void CheckpointFailed(ILogger logger, Exception exception);
}
