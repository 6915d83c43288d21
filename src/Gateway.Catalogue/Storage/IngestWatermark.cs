namespace Gateway.Catalogue.Storage;

/// <summary>
/// Per system and stream, the newest (source timestamp, record id) stored. Ingest is ordered per endpoint, so every
/// message below the watermark is stored: adapters resume from it when the bus is not durable.
/// </summary>
internal sealed class IngestWatermark
{
    public required string SystemId { get; set; }

    /// <summary><c>records</c> or <c>deletions</c>.</summary>
    public required string Stream { get; set; }

    public DateTime StoredUpTo { get; set; }

    public required string RecordId { get; set; }
}
