using Gateway.Catalogue.Clustering;
using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Search;
using Gateway.Contracts;
using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Marks a record deleted and takes it out of its cluster, keeping a tombstone so that an older change arriving late cannot bring it back.
/// Idempotent.
/// </summary>
internal sealed class BibliographicRecordDeletedConsumer(
    SourceRecordWriter writer, ClusterMaintainer clusters, SearchRefreshSignal searchRefresh, TimeProvider clock)
    : IConsumer<BibliographicRecordDeleted>
{
    public async Task Consume(ConsumeContext<BibliographicRecordDeleted> context)
    {
        var message = context.Message;
        var timestamp = message.SourceTimestamp.UtcDateTime;
        var ct = context.CancellationToken;

        var record = await writer.FindOrAddAsync(message.SystemId, message.VendorRecordId, ct);
        var stale = timestamp < record.SourceTimestamp;
        if (!stale)
        {
            record.SourceTimestamp = timestamp;
            record.IsDeleted = true;
            record.StoredAt = clock.GetUtcNow().UtcDateTime;
            record.LastCorrelationId = message.CorrelationId;
            var sourceId = RecordId.Format(message.SystemId, message.VendorRecordId);
            await clusters.RemoveAsync(sourceId, ct);
            await writer.ClearProblemsAsync(sourceId, ct);
        }

        await writer.CommitAsync(message.SystemId, IngestStreams.Deletions, timestamp, message.VendorRecordId, ct);
        searchRefresh.Notify();
        (stale ? CatalogueMetrics.StaleMessagesIgnored : CatalogueMetrics.RecordsDeleted).Add(1);
    }
}
