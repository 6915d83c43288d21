using Gateway.Catalogue.Clustering;
using Gateway.Catalogue.Endpoints;
using Gateway.Contracts;
using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Stores an item's latest circulation status and bumps the datestamp of its record's consolidated record when the
/// status changed. Idempotent: an older status is ignored, the same one again bumps nothing. A status change of an item
/// whose library is known leaves the record's OAI sets as they are (only a library can change them, decision 0035).
/// </summary>
internal sealed class ItemAvailabilityChangedConsumer(SourceRecordWriter writer, ClusterMaintainer clusters) : IConsumer<ItemAvailabilityChanged>
{
    public async Task Consume(ConsumeContext<ItemAvailabilityChanged> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        var timestamp = message.SourceTimestamp.UtcDateTime;
        var item = await writer.FindOrAddItemAsync(message.SystemId, message.VendorItemId, message.VendorRecordId, ct);
        if (timestamp >= item.StatusTimestamp)
        {
            var librarySet = item.LibraryCode.Length == 0; // new, or its holding has not arrived: this gives its library
            var changed = item.Status != message.Status || item.VendorStatus != message.VendorStatus
                || item.DueDate != message.DueDate?.UtcDateTime || librarySet;
            item.Status = message.Status;
            item.VendorStatus = message.VendorStatus;
            item.DueDate = message.DueDate?.UtcDateTime;
            item.StatusTimestamp = timestamp;
            if (item.LibraryCode.Length == 0)
            {
                item.LibraryCode = message.LibraryCode; // the holding may not have arrived yet
            }

            if (changed)
            {
                await clusters.TouchAsync(RecordId.Format(message.SystemId, item.VendorRecordId), librarySet, ct);
            }
        }

        await writer.CommitAsync(message.SystemId, IngestStreams.Items, timestamp, message.VendorItemId, ct);
    }
}
