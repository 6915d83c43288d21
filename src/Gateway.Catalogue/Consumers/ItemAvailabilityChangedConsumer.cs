using Gateway.Contracts;
using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>Stores an item's latest circulation status. Idempotent: an older status is ignored.</summary>
internal sealed class ItemAvailabilityChangedConsumer(SourceRecordWriter writer) : IConsumer<ItemAvailabilityChanged>
{
    public async Task Consume(ConsumeContext<ItemAvailabilityChanged> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        var timestamp = message.SourceTimestamp.UtcDateTime;
        var item = await writer.FindOrAddItemAsync(message.SystemId, message.VendorItemId, message.VendorRecordId, ct);
        if (timestamp >= item.StatusTimestamp)
        {
            item.Status = message.Status;
            item.VendorStatus = message.VendorStatus;
            item.DueDate = message.DueDate?.UtcDateTime;
            item.StatusTimestamp = timestamp;
            if (item.LibraryCode.Length == 0)
            {
                item.LibraryCode = message.LibraryCode; // the holding may not have arrived yet
            }
        }

        await writer.CommitAsync(message.SystemId, IngestStreams.Items, timestamp, message.VendorItemId, ct);
    }
}
