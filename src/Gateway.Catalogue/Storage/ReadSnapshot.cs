using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Catalogue.Storage;

/// <summary>
/// A read-only transaction whose queries all see one snapshot of the store: on SQLite a deferred transaction (WAL gives
/// readers a snapshot and takes no write lock, so ingest goes on), on PostgreSQL repeatable read.
/// </summary>
internal static class ReadSnapshot
{
    public static async Task<IDbContextTransaction> BeginAsync(CatalogueDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
        }

        await db.Database.OpenConnectionAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var transaction = connection.BeginTransaction(IsolationLevel.Serializable, deferred: true);
        return await db.Database.UseTransactionAsync(transaction, ct)
            ?? throw new InvalidOperationException("EF Core did not take the SQLite transaction.");
    }
}
