namespace Gateway.Contracts;

/// <summary>Response to <see cref="GetIngestWatermark"/>.</summary>
public sealed record IngestWatermark
{
    /// <summary>Required. Id of the regional system.</summary>
    public required string SystemId { get; init; }

    /// <summary>Required. The stream asked about.</summary>
    public required string Stream { get; init; }

    /// <summary>Newest source timestamp stored for the stream, or null when nothing is stored yet.</summary>
    public DateTimeOffset? StoredUpTo { get; init; }

    /// <summary>Vendor id (of a record, or of an item for the <c>items</c> stream) stored at <see cref="StoredUpTo"/>, or null.</summary>
    public string? StoredUpToRecordId { get; init; }
}
