using Gateway.Simulators.Data.Circulation;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>
/// A copy (Koha item row) held at one of the system's libraries. Status fields follow Koha: integers holding
/// an authorised-value code, 0 = not set. <see cref="CheckedOutDate"/> is Koha's items.onloan (the due date).
/// </summary>
public sealed record SimItem
{
    public required int ItemId { get; init; }
    public required int BiblioId { get; init; }
    public required string Barcode { get; init; }
    public required string HomeLibraryId { get; init; }
    public required string HoldingLibraryId { get; init; }
    public required string Location { get; init; }
    public required string CallNumber { get; init; }
    public required string ItemTypeId { get; init; }
    public int NotForLoanStatus { get; init; }
    public int DamagedStatus { get; init; }
    public DateTimeOffset? DamagedDate { get; init; }
    public int LostStatus { get; init; }
    public DateTimeOffset? LostDate { get; init; }
    public int Withdrawn { get; init; }
    public DateTimeOffset? WithdrawnDate { get; init; }
    public DateOnly? CheckedOutDate { get; init; }
    public DateOnly? LastCheckoutDate { get; init; }
    public int CheckoutsCount { get; init; }
    public required DateOnly AcquisitionDate { get; init; }
    public required DateTimeOffset Timestamp { get; init; }
    public string? SerialIssueNumber { get; init; }
    public string? CopyNumber { get; init; }
    public string? Uri { get; init; }
    public decimal? ReplacementPrice { get; init; }

    /// <summary>Koha's ccode (CCODE authorised value).</summary>
    public string? CollectionCode { get; init; }

    /// <summary>The current loan (Koha's issues row), null when on the shelf; its due date's day is <see cref="CheckedOutDate"/>.</summary>
    public SimCheckout? Checkout { get; init; }

    /// <summary>The active transfer (sent, not yet arrived), null when the item is not travelling.</summary>
    public SimTransfer? Transfer { get; init; }

    /// <summary>True when nothing in the item row prevents a loan now (not on loan, in transit, lost, withdrawn, damaged or not for loan). Holds are on the record.</summary>
    public bool IsAvailable => CheckedOutDate is null && Transfer is null && LostStatus == 0 && Withdrawn == 0 && DamagedStatus == 0 && NotForLoanStatus == 0;
}
