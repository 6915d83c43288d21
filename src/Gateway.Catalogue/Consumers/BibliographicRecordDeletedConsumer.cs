using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Marks a record deleted, keeping a tombstone so that an older change arriving late cannot bring it back.
/// Idempotent.
/// </summary>
internal sealed class BibliographicRecordDeletedConsumer(CatalogueDbContext db, TimeProvider clock)
    : IConsumer<BibliographicRecordDeleted>
{
    public async Task Consume(ConsumeContext<BibliographicRecordDeleted> context)
    {
        var message = context.Message;
        var timestamp = message.SourceTimestamp.UtcDateTime;
        var ct = context.CancellationToken;

        var record = await db.SourceRecords.SingleOrDefaultAsync(
            r => r.SystemId == message.SystemId && r.VendorRecordId == message.VendorRecordId, ct);

        if (record is null)
        {
            record = new SourceRecord { SystemId = message.SystemId, VendorRecordId = message.VendorRecordId };
            db.SourceRecords.Add(record);
        }
        else if (timestamp < record.SourceTimestamp)
        {
            CatalogueMetrics.StaleMessagesIgnored.Add(1);
            await WatermarkUpdater.RaiseAsync(db, message.SystemId, IngestStreams.Deletions, timestamp, message.VendorRecordId, ct);
            await db.SaveChangesAsync(ct);
            return;
        }

        record.SourceTimestamp = timestamp;
        record.IsDeleted = true;
        record.StoredAt = clock.GetUtcNow().UtcDateTime;
        record.LastCorrelationId = message.CorrelationId;

        await WatermarkUpdater.RaiseAsync(db, message.SystemId, IngestStreams.Deletions, timestamp, message.VendorRecordId, ct);
        await db.SaveChangesAsync(ct);
        CatalogueMetrics.RecordsDeleted.Add(1);
    }
}
