using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// The catalogue's SQLite connections (<see cref="SqliteConnectionPragmas"/>, as <c>AddCatalogue</c> adds it) run with
/// the settings decisions 0003 and 0039 argue for, on every opening, synchronous or not.
/// </summary>
public sealed class SqliteConnectionPragmasTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_catalogue_connection_syncs_normally_and_checkpoints_every_10000_pages(bool openAsync)
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
            Assert.Equal("10000", await PragmaAsync(db, "wal_autocheckpoint")); // SQLite's default is 1000
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
