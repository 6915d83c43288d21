using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Catalogue.Search;

/// <summary>
/// The second stage of ingest (decision 0030): rebuilds the search rows of the clusters marked in
/// <c>cluster_search_dirty</c> (<see cref="SearchBacklog"/>) in batches, and deletes the marks it read in the transaction
/// that writes the rows. A mark committed while a batch runs has a later <see cref="SearchDirtyCluster.Seq"/> and stays
/// for the next batch, so no change is missed; a crash between the stages leaves the marks, processed at the next start.
/// One batch at a time in the process (the background service and <see cref="DrainAsync"/> share a gate).
/// </summary>
internal sealed class ClusterSearchRefresher(IServiceScopeFactory scopes, WriteTurns turns) : IDisposable
{
    /// <summary>
    /// Marks read a batch (each cluster rebuilt once however often it was marked). It bounds a batch only while a
    /// backlog waits (a bulk load): a batch takes what gathered since the last, up to this. Each batch is one commit,
    /// and a commit by another connection empties the ingest connection's page cache (SQLite drops a connection's cache
    /// when the database changed under it), so during a bulk load fewer, larger batches leave ingest its cache and its
    /// write turns (decision 0048: 1,000 gave ~4 batches a second during a million-record load, 10,000 about one).
    /// </summary>
    public const int BatchSize = 10_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _backlog;

    /// <summary>Marks left after the last batch (what the <c>gateway.catalogue.search.backlog</c> gauge shows).</summary>
    public long Backlog => Interlocked.Read(ref _backlog);

    /// <summary>Refreshes batches until no mark is left; returns how many clusters were rebuilt or removed.</summary>
    public async Task<int> DrainAsync(CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var (marks, clusters) = await RefreshBatchAsync(ct);
            if (marks == 0)
            {
                return total;
            }

            total += clusters;
        }
    }

    /// <summary>Refreshes the oldest marks (at most <see cref="BatchSize"/>): how many marks were read, and clusters rebuilt.</summary>
    public async Task<(int Marks, int Clusters)> RefreshBatchAsync(CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var marks = await db.SearchDirtyClusters.AsNoTracking().OrderBy(m => m.Seq).Take(BatchSize).ToListAsync(ct);
            if (marks.Count == 0)
            {
                Report(0);
                return (0, 0);
            }

            // Read outside the write transaction (ingest keeps writing meanwhile): whatever it commits after these reads
            // comes with marks of its own, which this batch does not delete.
            // Up to BatchSize ids or sequence numbers: one parameter each list (EF.Parameter, decision 0039).
            var ids = marks.Select(m => m.ClusterId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var clusters = await db.Clusters.AsNoTracking().Where(c => EF.Parameter(ids).Contains(c.Id)).ToDictionaryAsync(c => c.Id, StringComparer.Ordinal, ct);
            var members = (await db.ClusterMemberships.AsNoTracking().Where(m => EF.Parameter(ids).Contains(m.ClusterId))
                    .Select(m => new { m.ClusterId, m.SourceId }).ToListAsync(ct))
                .ToLookup(m => m.ClusterId, m => m.SourceId, StringComparer.Ordinal);
            var changes = ids
                .Select(id => (clusters.GetValueOrDefault(id) ?? new Cluster { Id = id, IsDeleted = true },
                    (IReadOnlyCollection<string>)[.. members[id].Order(StringComparer.Ordinal)]))
                .ToList();
            await scope.ServiceProvider.GetRequiredService<ClusterSearchIndexer>().ChangedAsync(changes, ct);

            var seqs = marks.Select(m => m.Seq).ToList();
            using (await turns.TakeAsync(WriteTurns.SearchBatch, ct)) // after ingest's page in progress, not after 150 ms sleeps (decision 0044)
            await using (var transaction = await db.Database.BeginTransactionAsync(ct))
            {
                await db.SearchDirtyClusters.Where(m => EF.Parameter(seqs).Contains(m.Seq)).ExecuteDeleteAsync(ct);
                await AddedRowsWriter.SaveAsync(db, ct); // new rows as multi-row inserts (decision 0029), updates by EF Core
                await transaction.CommitAsync(ct);
            }

            Report(await db.SearchDirtyClusters.LongCountAsync(ct));
            return (marks.Count, ids.Count);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private void Report(long backlog)
    {
        Interlocked.Exchange(ref _backlog, backlog);
        CatalogueMetrics.SearchBacklog = backlog;
    }
}
