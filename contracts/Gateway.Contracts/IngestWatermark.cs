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

    /// <summary>Vendor record id stored at <see cref="StoredUpTo"/> (ties broken by id), or null.</summary>
    public string? StoredUpToRecordId { get; init; }
}
