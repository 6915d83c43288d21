using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// The catalogue's SQLite connections (<see cref="SqliteConnectionPragmas"/>, as <c>AddCatalogue</c> adds it) run with
/// the settings decisions 0003, 0039, 0042 and 0047 argue for, on every opening, synchronous or not.
/// </summary>
public sealed class SqliteConnectionPragmasTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_catalogue_connection_syncs_normally_and_checkpoints_itself_only_past_the_backstop(bool openAsync)
    {
        var path = Path.Combine(Path.GetTempPath(), $"pragmas-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<CatalogueDbContext>()
                .UseSqlite($"Data Source={path};Pooling=False").AddInterceptors(new SqliteConnectionPragmas()).Options;
            await using var db = new CatalogueDbContext(options);
            if (openAsync)
            {
                await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            }
            else
            {
                db.Database.OpenConnection();
            }

            Assert.Equal("1", await PragmaAsync(db, "synchronous")); // NORMAL (FULL is 2, SQLite's default)
            // SQLite's default is 1000; the background checkpointer does the work below it (decision 0042)
            Assert.Equal("100000", await PragmaAsync(db, "wal_autocheckpoint"));
            Assert.Equal("-262144", await PragmaAsync(db, "cache_size")); // 256 MiB (SQLite's default is -2000: 2 MiB)
            // MEMORY: statement journals stay in memory instead of spilling to a temp file past 64 KiB (decision 0047)
            Assert.Equal("2", await PragmaAsync(db, "temp_store"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_catalogue_connection_takes_the_configured_page_cache()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pragmas-{Guid.NewGuid():N}.db");
        try
        {
            var options = new DbContextOptionsBuilder<CatalogueDbContext>()
                .UseSqlite($"Data Source={path};Pooling=False").AddInterceptors(new SqliteConnectionPragmas(cacheMiB: 16)).Options;
            await using var db = new CatalogueDbContext(options);
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);

            Assert.Equal("-16384", await PragmaAsync(db, "cache_size"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<string?> PragmaAsync(DbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
