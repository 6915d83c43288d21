using System.Text.Json;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Stores a changed record. Idempotent: a message older than the stored version (or than the record's tombstone) is
/// ignored, and the same message twice leaves the same state.
/// </summary>
internal sealed class BibliographicRecordChangedConsumer(CatalogueDbContext db, TimeProvider clock)
    : IConsumer<BibliographicRecordChanged>
{
    public async Task Consume(ConsumeContext<BibliographicRecordChanged> context)
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
        else if (timestamp < record.SourceTimestamp || (record.IsDeleted && timestamp <= record.SourceTimestamp))
        {
            CatalogueMetrics.StaleMessagesIgnored.Add(1);
            await WatermarkUpdater.RaiseAsync(db, message.SystemId, IngestStreams.Records, timestamp, message.VendorRecordId, ct);
            await db.SaveChangesAsync(ct);
            return;
        }

        record.SourceTimestamp = timestamp;
        record.IsDeleted = false;
        record.Title = message.Description.Title;
        record.DescriptionJson = JsonSerializer.Serialize(message.Description, CatalogueJson.Options);
        record.MarcXml = message.MarcXml;
        record.StoredAt = clock.GetUtcNow().UtcDateTime;
        record.LastCorrelationId = message.CorrelationId;

        await WatermarkUpdater.RaiseAsync(db, message.SystemId, IngestStreams.Records, timestamp, message.VendorRecordId, ct);
        await db.SaveChangesAsync(ct);
        CatalogueMetrics.RecordsStored.Add(1);
    }
}
