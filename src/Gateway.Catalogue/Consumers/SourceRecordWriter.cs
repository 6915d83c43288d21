using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// What both ingest consumers do around their own change: find or start the record, ignore what is older than the
/// stored version, and commit together with the stream's watermark.
/// </summary>
internal sealed class SourceRecordWriter(CatalogueDbContext db)
{
    /// <summary>The stored record, or a new one added to the context.</summary>
    public async Task<SourceRecord> FindOrAddAsync(string systemId, string vendorRecordId, CancellationToken ct)
    {
        var record = await db.SourceRecords.SingleOrDefaultAsync(
            r => r.SystemId == systemId && r.VendorRecordId == vendorRecordId, ct);
        if (record is null)
        {
            record = new SourceRecord { SystemId = systemId, VendorRecordId = vendorRecordId };
            db.SourceRecords.Add(record);
        }

        return record;
    }

    /// <summary>The stored item, or a new one (status unknown) added to the context.</summary>
    public async Task<SourceItem> FindOrAddItemAsync(string systemId, string vendorItemId, string vendorRecordId, CancellationToken ct)
    {
        var item = await db.SourceItems.FindAsync([systemId, vendorItemId], ct);
        if (item is null)
        {
            item = new SourceItem { SystemId = systemId, VendorItemId = vendorItemId, VendorRecordId = vendorRecordId };
            db.SourceItems.Add(item);
        }

        return item;
    }

    /// <summary>Raises the stream's watermark to this message and saves everything changed.</summary>
    public async Task CommitAsync(string systemId, string stream, DateTime timestamp, string vendorRecordId, CancellationToken ct)
    {
        await WatermarkUpdater.RaiseAsync(db, systemId, stream, timestamp, vendorRecordId, ct);
        await db.SaveChangesAsync(ct);
    }
}
