namespace Gateway.Contracts;

/// <summary>
/// Items (copies) of a bibliographic record were deleted in a regional system. Published by that system's adapter once
/// per deletion it sees; consumers remove the items (idempotent: an item already gone is nothing to do). No patron data.
/// </summary>
public sealed record HoldingsRemoved
{
    /// <summary>Required. Id of the regional system in the systems registry.</summary>
    public required string SystemId { get; init; }

    /// <summary>Required. The bibliographic record the items belonged to, as the vendor identifies it.</summary>
    public required string VendorRecordId { get; init; }

    /// <summary>Required. The vendor item ids that no longer exist.</summary>
    public required IReadOnlyList<string> VendorItemIds { get; init; }

    /// <summary>
    /// Required. A vendor time at or after the deletions (UTC): an item change stored with a later time is newer than
    /// the deletion and is kept.
    /// </summary>
    public required DateTimeOffset SourceTimestamp { get; init; }

    /// <summary>Required. Ties this message to the harvest or vendor event that caused it.</summary>
    public required Guid CorrelationId { get; init; }
}
