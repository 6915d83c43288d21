using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Catalogue.Storage;

/// <summary>
/// Per-connection SQLite settings. <c>synchronous=NORMAL</c>, the setting SQLite recommends with WAL: a commit no longer
/// waits for the disk (it is synced at each WAL checkpoint), so a crash of the process loses nothing and a power cut
/// loses at most the last transactions, which the adapters re-send (their checkpoints never run ahead of the catalogue's
/// watermark, decision 0003). <c>wal_autocheckpoint=10000</c> (pages, ~40 MB of WAL; SQLite's default is 1,000): with
/// the default nearly every ingest commit ran a checkpoint copying its pages into the database again; with 10,000 a page
/// dirtied by several commits is copied once, and the commits' CPU fell by a quarter (decision 0039). Durability is the
/// same — the checkpoint only moves committed pages from the WAL into the database file.
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    /// <summary>The statements run on every connection SQLite opens.</summary>
    internal const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
