using Gateway.Catalogue.Clustering;
using Gateway.Catalogue.Endpoints;
using Gateway.Contracts;
using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Stores where items are held and bumps the datestamp of the consolidated record of each source record whose items
/// changed (so incremental OAI-PMH harvesters see it). Idempotent per item: an item change older than the stored one is
/// ignored, and one that changes nothing bumps nothing.
/// </summary>
internal sealed class HoldingsChangedConsumer(SourceRecordWriter writer, ClusterMaintainer clusters) : IConsumer<HoldingsChanged>
{
    public async Task Consume(ConsumeContext<HoldingsChanged> context)
    {
        var message = context.Message;
        var ct = context.CancellationToken;
        HoldingItem? newest = null;
        var touched = new SortedDictionary<string, bool>(StringComparer.Ordinal); // record → its libraries may have changed
        foreach (var holding in message.Items)
        {
            var item = await writer.FindOrAddItemAsync(message.SystemId, holding.VendorItemId, message.VendorRecordId, ct);
            var timestamp = holding.SourceTimestamp.UtcDateTime;
            if (timestamp >= item.HoldingTimestamp)
            {
                if (Differs(item, message.VendorRecordId, holding))
                {
                    // New, moved to another record or another library: the records' library sets may change.
                    var libraries = item.HoldingTimestamp == default || item.VendorRecordId != message.VendorRecordId
                        || item.LibraryCode != holding.LibraryCode;
                    Touch(touched, RecordId.Format(message.SystemId, item.VendorRecordId), libraries); // the record it leaves, if it moves
                    Touch(touched, RecordId.Format(message.SystemId, message.VendorRecordId), libraries);
                }

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

        foreach (var (sourceId, libraries) in touched)
        {
            await clusters.TouchAsync(sourceId, libraries, ct);
        }

        if (newest is not null)
        {
            await writer.CommitAsync(message.SystemId, IngestStreams.Items, newest.SourceTimestamp.UtcDateTime, newest.VendorItemId, ct);
        }
    }

    private static void Touch(SortedDictionary<string, bool> touched, string sourceId, bool libraries) =>
        touched[sourceId] = libraries || touched.GetValueOrDefault(sourceId);

    private static bool Differs(Storage.SourceItem item, string vendorRecordId, HoldingItem holding) =>
        item.HoldingTimestamp == default
        || item.VendorRecordId != vendorRecordId
        || item.LibraryCode != holding.LibraryCode
        || item.Location != holding.Location
        || item.CallNumber != holding.CallNumber
        || item.ItemType != holding.ItemType;
}
