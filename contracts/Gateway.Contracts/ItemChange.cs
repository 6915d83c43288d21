namespace Gateway.Contracts;

/// <summary>One entry of <see cref="ItemsChanged"/>: exactly one of its two properties is set.</summary>
public sealed record ItemChange
{
    /// <summary>Items added, moved or re-described; null when this entry is a status.</summary>
    public HoldingsChanged? Holdings { get; init; }

    /// <summary>An item's circulation status; null when this entry is a holdings change.</summary>
    public ItemAvailabilityChanged? Availability { get; init; }
}
