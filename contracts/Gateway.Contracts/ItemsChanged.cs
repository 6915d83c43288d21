namespace Gateway.Contracts;

/// <summary>
/// A run of item changes of one regional system as one message (decision 0036): each entry is one complete
/// <see cref="HoldingsChanged"/> or <see cref="ItemAvailabilityChanged"/>, applied exactly as if it had come alone, in
/// list order (the order the adapter would have published them). A first item harvest publishes two changes an item;
/// one message a run costs the bus and the catalogue's transaction once. Single item messages may still arrive and mean
/// the same. Carries no patron data.
/// </summary>
public sealed record ItemsChanged
{
    /// <summary>Required. Id of the regional system in the systems registry; every entry carries the same.</summary>
    public required string SystemId { get; init; }

    /// <summary>Required. Ties this run to the harvest or vendor event that caused it.</summary>
    public required Guid CorrelationId { get; init; }

    /// <summary>Required. The changes in the order they happened; never empty.</summary>
    public required IReadOnlyList<ItemChange> Changes { get; init; }
}
