namespace Gateway.Simulators.Data.Circulation;

/// <summary>
/// A hold (Koha's reserves row; old_reserves once filled or cancelled). <see cref="Status"/> is reserves.found:
/// null while queued (with a <see cref="Priority"/> of 1 or more), <see cref="HoldStatus.Waiting"/>,
/// <see cref="HoldStatus.InTransit"/> or <see cref="HoldStatus.Processing"/> once an item is allocated
/// (priority 0, <see cref="ItemId"/> set); <see cref="HoldStatus.Filled"/> only on old holds.
/// </summary>
public sealed record SimHold
{
    public required int HoldId { get; init; }
    public required int PatronId { get; init; }
    public required int BiblioId { get; init; }
    public int? ItemId { get; init; }
    public required string PickupLibraryId { get; init; }
    public required DateOnly HoldDate { get; init; }
    public int Priority { get; init; }
    public string? Status { get; init; }
    public DateOnly? WaitingDate { get; init; }
    public DateOnly? ExpirationDate { get; init; }
    public DateOnly? CancellationDate { get; init; }
    public string? CancellationReason { get; init; }

    /// <summary>True when the patron asked for this copy (item-level hold); title-level holds get an item when trapped.</summary>
    public bool ItemLevel { get; init; }

    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>True while queued (no item allocated yet).</summary>
    public bool IsQueued => Status is null;
}
