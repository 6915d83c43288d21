using Gateway.Catalogue.Clustering;
using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Removes items the vendor deleted. Idempotent: an item already gone is nothing to do, and an item whose stored
/// holding or status is newer than the removal (it came back, or the removal is a late replay) is kept. The record of
/// each item removed is touched: a new OAI datestamp, and its library sets without the items that are gone.
/// </summary>
internal sealed class HoldingsRemovedConsumer(CatalogueDbContext db, SourceRecordWriter writer, ClusterMaintainer clusters) : IConsumer<HoldingsRemoved>
{
    public async Task Consume(ConsumeContext<HoldingsRemoved> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        var timestamp = message.SourceTimestamp.UtcDateTime;
        var touched = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var itemId in message.VendorItemIds.Distinct(StringComparer.Ordinal))
        {
            var item = await db.SourceItems.FindAsync([message.SystemId, itemId], ct);
            if (item is null)
            {
                continue;
            }

            if (item.HoldingTimestamp > timestamp || item.StatusTimestamp > timestamp)
            {
                CatalogueMetrics.StaleMessagesIgnored.Add(1);
                continue;
            }

            db.SourceItems.Remove(item);
            touched.Add(RecordId.Format(message.SystemId, item.VendorRecordId));
            CatalogueMetrics.ItemsRemoved.Add(1);
        }

        foreach (var sourceId in touched)
        {
            await clusters.TouchAsync(sourceId, librariesMayHaveChanged: true, ct);
        }

        await writer.CommitAsync(message.SystemId, IngestStreams.ItemRemovals, timestamp, message.VendorRecordId, ct);
    }
}
