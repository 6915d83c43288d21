using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Catalogue.Search;

/// <summary>
/// Indexes the live clusters that have no search entry — those of a catalogue stored before search existed — at
/// start-up, after the migrations and before the bus delivers (registered between them), in chunks of 500. A no-op
/// once every cluster is indexed: ingest keeps the index from then on.
/// </summary>
internal sealed partial class ClusterSearchBackfill(IServiceScopeFactory scopes, ILogger<ClusterSearchBackfill> logger) : IHostedService
{
    private const int Chunk = 500;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var clusters = await db.Clusters
                .Where(c => !c.IsDeleted && !db.ClusterSearch.Any(e => e.ClusterId == c.Id))
                .OrderBy(c => c.Id).Take(Chunk).ToListAsync(cancellationToken);
            if (clusters.Count == 0)
            {
                break;
            }

            var ids = clusters.Select(c => c.Id).ToList();
            var members = (await db.ClusterMemberships.AsNoTracking().Where(m => ids.Contains(m.ClusterId))
                .Select(m => new { m.ClusterId, m.SourceId }).ToListAsync(cancellationToken))
                .ToLookup(m => m.ClusterId, m => m.SourceId, StringComparer.Ordinal);
            var indexer = scope.ServiceProvider.GetRequiredService<ClusterSearchIndexer>();
            foreach (var cluster in clusters)
            {
                // A live cluster always has members; failing loudly beats picking the same cluster again forever.
                var sourceIds = members[cluster.Id].ToList();
                if (sourceIds.Count == 0)
                {
                    throw new InvalidOperationException($"Live cluster {cluster.Id} has no members: the catalogue is inconsistent.");
                }

                await indexer.ChangedAsync(cluster, sourceIds, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            total += clusters.Count;
        }

        if (total > 0)
        {
            Backfilled(logger, total);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index: {Count} clusters stored before search existed were indexed")]
    private static partial void Backfilled(ILogger logger, int count);
}
