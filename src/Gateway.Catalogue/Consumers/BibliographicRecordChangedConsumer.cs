using System.Text.Json;
using Gateway.Catalogue.Clustering;
using Gateway.Contracts;
using MassTransit;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Stores a changed record and places it in its cluster. Idempotent: a message older than the stored version (or than the record's tombstone) is
/// ignored, and the same message twice leaves the same state.
/// </summary>
internal sealed class BibliographicRecordChangedConsumer(SourceRecordWriter writer, ClusterMaintainer clusters, TimeProvider clock)
    : IConsumer<BibliographicRecordChanged>
{
    public async Task Consume(ConsumeContext<BibliographicRecordChanged> context)
    {
        var message = context.Message;
        var timestamp = message.SourceTimestamp.UtcDateTime;
        var ct = context.CancellationToken;

        var record = await writer.FindOrAddAsync(message.SystemId, message.VendorRecordId, ct);
        var stale = timestamp < record.SourceTimestamp || (record.IsDeleted && timestamp <= record.SourceTimestamp);
        if (!stale)
        {
            record.SourceTimestamp = timestamp;
            record.IsDeleted = false;
            record.Title = message.Description.Title;
            record.DescriptionJson = JsonSerializer.Serialize(message.Description, CatalogueJson.Options);
            record.MarcXml = message.MarcXml;
            record.StoredAt = clock.GetUtcNow().UtcDateTime;
            record.LastCorrelationId = message.CorrelationId;
            var (match, unreadable) = MatchRecords.Of(message);
            await clusters.UpsertAsync(match, ct);
            await writer.NoteUnreadableMarcAsync(match.SourceId, message, unreadable, ct);
        }

        await writer.CommitAsync(message.SystemId, IngestStreams.Records, timestamp, message.VendorRecordId, ct);
        (stale ? CatalogueMetrics.StaleMessagesIgnored : CatalogueMetrics.RecordsStored).Add(1);
    }
}
