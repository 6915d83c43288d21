using System.Text.Json;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;

namespace Gateway.Catalogue.Consumers;

/// <summary>The rules both ingest paths (one record, or a page) apply to a stored record and a change of it.</summary>
internal static class RecordVersions
{
    /// <summary>
    /// A change is stale when older than the stored version, or not newer than the record's deletion (the tombstone
    /// wins a tie): it changes nothing.
    /// </summary>
    public static bool IsStale(SourceRecord record, DateTime timestamp) =>
        timestamp < record.SourceTimestamp || (record.IsDeleted && timestamp <= record.SourceTimestamp);

    /// <summary>Makes the stored record this change's version (not deleted, its description and MARCXML).</summary>
    public static void Apply(SourceRecord record, BibliographicRecordChanged message, DateTime storedAt)
    {
        record.SourceTimestamp = message.SourceTimestamp.UtcDateTime;
        record.IsDeleted = false;
        record.Title = message.Description.Title;
        record.DescriptionJson = JsonSerializer.Serialize(message.Description, CatalogueJson.Options);
        record.MarcXml = message.MarcXml;
        record.StoredAt = storedAt;
        record.LastCorrelationId = message.CorrelationId;
    }
}
