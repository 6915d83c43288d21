using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Gateway.Catalogue.Storage;

/// <summary>
/// Per-connection SQLite settings: <c>synchronous=NORMAL</c>, the setting SQLite recommends with WAL — a commit no
/// longer waits for the disk (it is synced at each WAL checkpoint), so a crash of the process loses nothing and a power
/// cut loses at most the last transactions, which the adapters re-send (their checkpoints never run ahead of the
/// catalogue's watermark, decision 0003).
/// </summary>
internal sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
