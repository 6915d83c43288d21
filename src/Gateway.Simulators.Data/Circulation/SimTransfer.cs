namespace Gateway.Simulators.Data.Circulation;

/// <summary>An item transfer between libraries (Koha's branchtransfers row); active while not arrived.</summary>
public sealed record SimTransfer
{
    public required int TransferId { get; init; }
    public required int ItemId { get; init; }
    public required string FromLibraryId { get; init; }
    public required string ToLibraryId { get; init; }
    public required DateTimeOffset DateRequested { get; init; }
    public DateTimeOffset? DateSent { get; init; }
    public DateTimeOffset? DateArrived { get; init; }

    /// <summary>Koha's branchtransfers.reason: Reserve, Manual, ReturnToHome, RotatingCollection...</summary>
    public required string Reason { get; init; }
}
