namespace Gateway.Contracts;

/// <summary>
/// Items (copies) of a bibliographic record were added, moved or re-described in a regional system: where they are
/// held and how they are shelved. Circulation status travels in <see cref="ItemAvailabilityChanged"/>. No patron data.
/// </summary>
public sealed record HoldingsChanged
{
    /// <summary>Required. Id of the regional system in the systems registry.</summary>
    public required string SystemId { get; init; }

    /// <summary>Required. The bibliographic record the items belong to, as the vendor identifies it.</summary>
    public required string VendorRecordId { get; init; }

    /// <summary>Required. The newest vendor change time among <see cref="Items"/> (UTC).</summary>
    public required DateTimeOffset SourceTimestamp { get; init; }

    /// <summary>Required. Ties this message to the harvest or vendor event that caused it.</summary>
    public required Guid CorrelationId { get; init; }

    /// <summary>Required. The items added or changed, each as it now is.</summary>
    public required IReadOnlyList<HoldingItem> Items { get; init; }
}
