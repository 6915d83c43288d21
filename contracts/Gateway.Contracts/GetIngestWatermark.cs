namespace Gateway.Contracts;

/// <summary>
/// Request to the catalogue: the newest source timestamp it has stored for a system's records. An adapter asks at
/// start-up so its checkpoint never runs ahead of what the catalogue has stored (the in-memory bus is not durable).
/// </summary>
public sealed record GetIngestWatermark
{
    /// <summary>Required. Id of the regional system.</summary>
    public required string SystemId { get; init; }

    /// <summary>Required. Which stream: <c>records</c>, <c>deletions</c> or <c>items</c>.</summary>
    public required string Stream { get; init; }
}
