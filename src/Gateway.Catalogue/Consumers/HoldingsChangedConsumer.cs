using Gateway.Contracts;
using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>Stores where items are held. Idempotent per item: an item change older than the stored one is ignored.</summary>
internal sealed class HoldingsChangedConsumer(SourceRecordWriter writer) : IConsumer<HoldingsChanged>
{
    public async Task Consume(ConsumeContext<HoldingsChanged> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        HoldingItem? newest = null;
        foreach (var holding in message.Items)
        {
            var item = await writer.FindOrAddItemAsync(message.SystemId, holding.VendorItemId, message.VendorRecordId, ct);
            var timestamp = holding.SourceTimestamp.UtcDateTime;
            if (timestamp >= item.HoldingTimestamp)
            {
                item.VendorRecordId = message.VendorRecordId;
                item.LibraryCode = holding.LibraryCode;
                item.Location = holding.Location;
                item.CallNumber = holding.CallNumber;
                item.ItemType = holding.ItemType;
                item.HoldingTimestamp = timestamp;
            }

            if (newest is null || holding.SourceTimestamp > newest.SourceTimestamp)
            {
                newest = holding;
            }
        }

        if (newest is not null)
        {
            await writer.CommitAsync(message.SystemId, IngestStreams.Items, newest.SourceTimestamp.UtcDateTime, newest.VendorItemId, ct);
        }
    }
}
