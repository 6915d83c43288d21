using Gateway.Catalogue.Options;
using Gateway.Catalogue.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// The catalogue's WAL is copied back into the database file by <see cref="SqliteCheckpointer"/>, woken by a commit
/// through <see cref="SqliteCommitSignal"/>, not by the committing connection (decision 0042): a real SQLite file, its
/// size on disk read before and after.
/// </summary>
public sealed class SqliteCheckpointerTests
{
    [Fact]
    public async Task A_commit_wakes_the_checkpointer_which_copies_the_wal_into_the_database_file()
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(Path.GetTempPath(), $"checkpointer-{Guid.NewGuid():N}.db");
        var signal = new SqliteCommitSignal();
        var options = new DbContextOptionsBuilder<CatalogueDbContext>()
            .UseSqlite($"Data Source={path}").AddInterceptors(new SqliteConnectionPragmas(), signal).Options;
        var checkpointer = new SqliteCheckpointer(
            Microsoft.Extensions.Options.Options.Create(new CatalogueOptions { ConnectionString = $"Data Source={path}" }),
            signal, NullLogger<SqliteCheckpointer>.Instance);
        try
        {
            await using var db = new CatalogueDbContext(options);
            await db.Database.OpenConnectionAsync(ct); // kept open: SQLite also checkpoints when the last connection closes
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; CREATE TABLE filler (body BLOB NOT NULL);", ct);
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                for (var i = 0; i < 500; i++)
                {
                    await db.Database.ExecuteSqlRawAsync("INSERT INTO filler (body) VALUES (randomblob(4000))", ct);
                }

                await transaction.CommitAsync(ct);
            }

            // ~500 pages committed, far below the writers' backstop: they sit in the WAL, the database file stays small.
            Assert.True(new FileInfo(path).Length < 256 * 1024, $"database file {new FileInfo(path).Length} bytes before the checkpointer ran");
            Assert.True(new FileInfo(path + "-wal").Length > 2_000_000);

            await checkpointer.StartAsync(ct);
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (new FileInfo(path).Length < 2_000_000 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(50, ct);
            }

            Assert.True(new FileInfo(path).Length >= 2_000_000, $"database file {new FileInfo(path).Length} bytes after the commit's wake-up");
        }
        finally
        {
            await checkpointer.StopAsync(CancellationToken.None);
            checkpointer.Dispose();
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }
}
