using Gateway.Catalogue.Options;
using Gateway.Catalogue.Storage;
using Gateway.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// A catalogue stored before decision 0049 keeps its candidates: the <c>ClusterKeys</c> migration turns the match keys
/// of each source record into one row a key and cluster, and its way back gives each member its cluster's keys.
/// </summary>
public sealed class ClusterKeysMigrationTests
{
    private const string Before = "DerivedSetsFewerIndexes";

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task Match_keys_of_members_become_one_row_a_key_and_cluster_and_come_back_as_a_superset(string store)
    {
        var ct = TestContext.Current.CancellationToken;
        var path = Path.Combine(Path.GetTempPath(), $"catalogue-migration-{Guid.NewGuid():N}.db");
        await using var postgres = store == CatalogueOptions.PostgreSql ? await PostgreSqlTestServer.CreateDatabaseAsync("migration", ct) : null;
        try
        {
            await using var db = postgres is null
                ? new CatalogueDbContext(new DbContextOptionsBuilder<CatalogueDbContext>().UseSqlite($"Data Source={path}").Options)
                : new PostgreSqlCatalogueDbContext(new DbContextOptionsBuilder<PostgreSqlCatalogueDbContext>().UseNpgsql(postgres.ConnectionString).Options);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(Before, cancellationToken: ct);
            const string json = "{}";
            foreach (var (source, cluster) in new[] { ("koha-east:1", "c1"), ("koha-london:2", "c1"), ("koha-east:3", "c2") })
            {
                await db.Database.ExecuteSqlAsync(
                    $"""INSERT INTO cluster_members ("SourceId", "ClusterId", "JoinedAt", "MatchJson") VALUES ({source}, {cluster}, {DateTime.UnixEpoch}, {json})""", ct);
            }

            foreach (var (key, source) in new[]
            {
                ("isbn:9780199689903", "koha-east:1"), ("isbn:9780199689903", "koha-london:2"), ("oclc:1", "koha-london:2"),
                ("isbn:9780199689903", "koha-east:3"), ("title:other", "koha-east:3"), ("isbn:9780000000002", "koha-gone:9"),
            })
            {
                await db.Database.ExecuteSqlAsync($"""INSERT INTO match_keys ("Key", "SourceId") VALUES ({key}, {source})""", ct);
            }

            await migrator.MigrateAsync(cancellationToken: ct);

            var rows = await db.ClusterKeys.AsNoTracking().OrderBy(k => k.Key).ThenBy(k => k.ClusterId).Select(k => k.Key + "|" + k.ClusterId).ToListAsync(ct);
            Assert.Equal(["isbn:9780199689903|c1", "isbn:9780199689903|c2", "oclc:1|c1", "title:other|c2"], rows);

            await migrator.MigrateAsync(Before, cancellationToken: ct);
            var back = await db.Database.SqlQueryRaw<string>("""SELECT "Key" || '|' || "SourceId" AS "Value" FROM match_keys""").ToListAsync(ct);
            Assert.Equal(
                ["isbn:9780199689903|koha-east:1", "isbn:9780199689903|koha-east:3", "isbn:9780199689903|koha-london:2", "oclc:1|koha-east:1", "oclc:1|koha-london:2", "title:other|koha-east:3"],
                back.Order(StringComparer.Ordinal));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }
}
