using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Removes items the vendor deleted. Idempotent: an item already gone is nothing to do, and an item whose stored
/// holding or status is newer than the removal (it came back, or the removal is a late replay) is kept.
/// </summary>
internal sealed class HoldingsRemovedConsumer(CatalogueDbContext db, SourceRecordWriter writer) : IConsumer<HoldingsRemoved>
{
    public async Task Consume(ConsumeContext<HoldingsRemoved> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        var timestamp = message.SourceTimestamp.UtcDateTime;
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
            CatalogueMetrics.ItemsRemoved.Add(1);
        }

        await writer.CommitAsync(message.SystemId, IngestStreams.ItemRemovals, timestamp, message.VendorRecordId, ct);
    }
}
