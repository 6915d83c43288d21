using System.Data.Common;
using Gateway.Catalogue.Options;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Catalogue.Storage;

/// <summary>
/// Per-connection SQLite settings. <c>synchronous=NORMAL</c>, the setting SQLite recommends with WAL: a commit no longer
/// waits for the disk (it is synced at each WAL checkpoint), so a crash of the process loses nothing and a power cut
/// loses at most the last transactions, which the adapters re-send (their checkpoints never run ahead of the catalogue's
/// watermark, decision 0003). The WAL is checkpointed by <see cref="SqliteCheckpointer"/> on a thread of its own
/// (decision 0042); <c>wal_autocheckpoint</c> stays on the connections as a backstop at <see cref="BackstopPages"/>
/// pages (~400 MB of WAL; SQLite's default is 1,000, decision 0039 had 10,000), reached only if that service is stopped
/// or falls behind. Durability is the same — a checkpoint only moves committed pages from the WAL into the database file.
/// <c>cache_size</c> is <see cref="CatalogueOptions.SqliteCacheMiB"/> a connection (SQLite's default is 2 MiB): at a
/// million records the pages ingest changes at random — match keys, cluster ids — are some 400 MB, and with 2 MiB
/// nearly every one was read from the file again (decision 0042).
/// <c>temp_store=MEMORY</c> (decision 0047): a statement that changes many rows inside a transaction — the multi-row
/// inserts and positional writes of every ingest page, the search stage's deletes — keeps a statement journal (the
/// pages it changed, to undo that statement alone if it fails), and SQLite spilled each one past 64 KiB to a new temp
/// file, written and deleted again: about as many writes as the WAL itself got. In memory it costs a few MB at most.
/// </summary>
internal sealed class SqliteConnectionPragmas(int cacheMiB = CatalogueOptions.DefaultSqliteCacheMiB) : DbConnectionInterceptor
{
    /// <summary>WAL pages past which a committing connection checkpoints on its own.</summary>
    internal const int BackstopPages = 100_000;

    /// <summary>The statements run on every connection SQLite opens.</summary>
    internal string Pragmas { get; } =
        $"PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint={BackstopPages}; PRAGMA cache_size=-{cacheMiB * 1024L}; PRAGMA temp_store=MEMORY;";

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
