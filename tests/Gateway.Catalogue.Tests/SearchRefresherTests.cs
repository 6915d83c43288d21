using Gateway.Catalogue.Consumers;
using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Options;
using Gateway.Catalogue.Search;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using Gateway.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using static Gateway.Catalogue.Tests.SearchRecords;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// Search rows follow ingest in a second stage (decision 0030): ingest marks the clusters it touched in its own
/// transaction, <see cref="ClusterSearchRefresher"/> rebuilds their rows and deletes the marks; nothing is lost between
/// the two.
/// </summary>
public sealed class SearchRefresherTests
{
    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_page_marks_its_clusters_and_the_refresher_makes_them_searchable(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(new BibliographicRecordsChanged
        {
            SystemId = "koha-east", CorrelationId = Guid.NewGuid(),
            Records = [Book("koha-east", "1", "Zebrafish cardiology", [OaiRecords.Isbn(1)]), Book("koha-east", "2", "Tropical medicine", [OaiRecords.Isbn(2)])],
        });

        // Committed with the page: the marks, not the rows.
        var clusters = await catalogue.QueryAsync(db => db.Clusters.Select(c => c.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal(2, clusters.Count);
        Assert.Equal(clusters, await catalogue.QueryAsync(db => db.SearchDirtyClusters.Select(m => m.ClusterId).OrderBy(id => id).ToListAsync()));
        Assert.Empty(await catalogue.QueryAsync(db => db.ClusterSearch.ToListAsync()));
        Assert.Empty(await FindAsync(catalogue, "zebrafish"));

        Assert.Equal(2, await catalogue.DrainSearchAsync());

        Assert.Empty(await catalogue.QueryAsync(db => db.SearchDirtyClusters.ToListAsync()));
        var hit = Assert.Single(await FindAsync(catalogue, "zebrafish"));
        Assert.Equal(await catalogue.QueryAsync(db => db.ClusterMemberships.Where(m => m.SourceId == "koha-east:1").Select(m => m.ClusterId).SingleAsync()), hit);
        Assert.Equal(0, await catalogue.DrainSearchAsync());
    }

    [Theory]
    [MemberData(nameof(Stores.Both), MemberType = typeof(Stores))]
    public async Task A_deletion_marks_its_cluster_and_the_refresher_removes_the_row(string store)
    {
        await using var catalogue = await CatalogueHarness.StartAsync(store);
        await catalogue.PublishAndConsumeAsync(Book("koha-east", "1", "Zebrafish cardiology", [OaiRecords.Isbn(1)]));
        await catalogue.DrainSearchAsync();
        Assert.Single(await FindAsync(catalogue, "zebrafish"));

        await catalogue.PublishAndConsumeAsync(OaiRecords.Deleted("koha-east", "1", T0.AddMinutes(1)));
        Assert.Single(await FindAsync(catalogue, "zebrafish")); // until the second stage runs
        Assert.Single(await catalogue.QueryAsync(db => db.SearchDirtyClusters.ToListAsync()));

        await catalogue.DrainSearchAsync();
        Assert.Empty(await FindAsync(catalogue, "zebrafish"));
        Assert.Empty(await catalogue.QueryAsync(db => db.ClusterSearch.ToListAsync()));
    }

    [Fact]
    public async Task Marks_beyond_a_batch_are_reported_as_backlog_and_drained_in_later_batches()
    {
        await using var catalogue = await CatalogueHarness.StartAsync();
        for (var i = 1; i <= 3; i++)
        {
            await catalogue.PublishAndConsumeAsync(Book("koha-east", $"{i}", $"Title {i}", [OaiRecords.Isbn(i)]));
        }

        var clusters = await catalogue.QueryAsync(db => db.Clusters.Select(c => c.Id).ToListAsync());
        var extra = (ClusterSearchRefresher.BatchSize * 2) + 500 - 3;
        await catalogue.InScopeAsync(async services =>
        {
            // The same clusters marked over and over (as busy ingest does), and a cluster id that is not stored.
            var db = services.GetRequiredService<CatalogueDbContext>();
            db.SearchDirtyClusters.AddRange(Enumerable.Range(0, extra).Select(i => new SearchDirtyCluster { ClusterId = i % 10 == 9 ? "c-unknown" : clusters[i % 3] }));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var refresher = catalogue.Services.GetRequiredService<ClusterSearchRefresher>();
        var health = new SearchBacklogHealthCheck(refresher);

        var (marks, rebuilt) = await refresher.RefreshBatchAsync(TestContext.Current.CancellationToken);

        Assert.Equal(ClusterSearchRefresher.BatchSize, marks);
        Assert.Equal(4, rebuilt); // each cluster once a batch, however often it was marked
        Assert.Equal(ClusterSearchRefresher.BatchSize + 500, refresher.Backlog);
        var report = await health.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal((long)(ClusterSearchRefresher.BatchSize + 500), report.Data["backlog"]);

        await refresher.DrainAsync(TestContext.Current.CancellationToken);

        Assert.Equal(0, refresher.Backlog);
        Assert.Empty(await catalogue.QueryAsync(db => db.SearchDirtyClusters.ToListAsync()));
        Assert.Equal(clusters.Order(StringComparer.Ordinal), await catalogue.QueryAsync(db => db.ClusterSearch.Select(e => e.ClusterId).OrderBy(id => id).ToListAsync()));
    }

    [Fact]
    public async Task Marks_left_by_a_crash_between_the_stages_are_processed_at_the_next_start()
    {
        var path = Path.Combine(Path.GetTempPath(), $"catalogue-crash-{Guid.NewGuid():N}.db");
        try
        {
            // A process that ingested and stopped before its second stage ran (the harness runs no background service).
            await using (var before = await CatalogueHarness.StartAsync(CatalogueOptions.Sqlite, sqlitePath: path))
            {
                await before.PublishAndConsumeAsync(Book("koha-east", "1", "Zebrafish cardiology", [OaiRecords.Isbn(1)]));
                Assert.Single(await before.QueryAsync(db => db.SearchDirtyClusters.ToListAsync()));
                Assert.Empty(await before.QueryAsync(db => db.ClusterSearch.ToListAsync()));
            }

            // The next start: the catalogue's own background service finds the marks and writes the rows.
            await using var host = await OaiTestHost.StartAsync(new Dictionary<string, string?> { ["Catalogue:ConnectionString"] = $"Data Source={path}" });
            await Eventually.AssertAsync(
                async () => await host.QueryAsync(db => db.SearchDirtyClusters.AnyAsync()) is false,
                TimeSpan.FromSeconds(30), "the marks left before the restart are processed", cancellationToken: TestContext.Current.CancellationToken);
            Assert.Single(await host.QueryAsync(db => db.ClusterSearch.ToListAsync()));
            Assert.Equal(["Zebrafish cardiology"], Titles(await SearchAsync(host, "q=zebrafish")));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in new[] { path, path + "-wal", path + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    private static Task<List<string>> FindAsync(CatalogueHarness catalogue, string word)
    {
        var query = new SearchQuery([word], [], [], null, 10, new SearchParameters(word, null, null, null, null, null, null), null);
        return catalogue.QueryAsync(async db => (await new ClusterSearch(db).FindAsync(query, TestContext.Current.CancellationToken)).Page.Select(k => k.ClusterId).ToList());
    }
}
