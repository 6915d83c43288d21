using Gateway.Catalogue.Clustering;
using Gateway.Catalogue.Endpoints;
using Gateway.Contracts;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Applies one item change and saves it (the caller's transaction, if any, commits): where items are held
/// (<see cref="HoldingsChanged"/>) or an item's circulation status (<see cref="ItemAvailabilityChanged"/>), bumping the
/// datestamp of the consolidated record of each source record whose items changed (so incremental OAI-PMH harvesters
/// see it). Idempotent: a change older than the stored one is ignored, and one that changes nothing bumps nothing. A
/// status change of an item whose library is known leaves the record's OAI sets as they are (only a library can change
/// them, decision 0035). The single-message consumers and a run of changes (<see cref="ItemsChangedConsumer"/>) share it.
/// </summary>
internal sealed class ItemChangeIngest(SourceRecordWriter writer, ClusterMaintainer clusters)
{
    public async Task ApplyAsync(HoldingsChanged message, CancellationToken ct)
    {
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

    public async Task ApplyAsync(ItemAvailabilityChanged message, CancellationToken ct)
    {
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
