namespace Gateway.Simulators.Data.Circulation;

/// <summary>
/// A loan (Koha's issues row; old_issues once checked in). <see cref="DueDate"/> is a date-time (Koha keeps
/// 23:59 for day loans) while the item's checked_out_date (items.onloan) holds only its date.
/// </summary>
public sealed record SimCheckout
{
    public required int CheckoutId { get; init; }
    public required int ItemId { get; init; }

    /// <summary>Not an attribute of Koha's checkout object: kept for lookups (e.g. /biblios/{id}/checkouts).</summary>
    public required int BiblioId { get; init; }

    /// <summary>The borrower (borrowernumber): present, as in Koha, but no consumer of the simulator should need it.</summary>
    public required int PatronId { get; init; }

    public required string Barcode { get; init; }

    /// <summary>The library where the item was checked out (issues.branchcode).</summary>
    public required string LibraryId { get; init; }

    public required DateTimeOffset CheckoutDate { get; init; }
    public required DateTimeOffset DueDate { get; init; }
    public int RenewalsCount { get; init; }
    public DateTimeOffset? LastRenewedDate { get; init; }
    public DateTimeOffset? CheckinDate { get; init; }
    public string? CheckinLibraryId { get; init; }
    public required DateTimeOffset Timestamp { get; init; }
}
