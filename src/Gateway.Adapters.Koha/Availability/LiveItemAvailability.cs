namespace Gateway.Adapters.Koha.Availability;

/// <summary>One item as the vendor describes it now, with the gateway's status vocabulary.</summary>
/// <param name="VendorItemId">The vendor's item id (Koha itemnumber).</param>
/// <param name="LibraryCode">The owning library (Koha home library; the holding library when there is none).</param>
/// <param name="HoldingLibraryCode">Where the item is now (Koha holding library), when known.</param>
/// <param name="Location">Shelving location code, when known.</param>
/// <param name="CallNumber">Call number, when known.</param>
/// <param name="Status">One of <see cref="Contracts.ItemStatuses"/>.</param>
/// <param name="VendorStatus">The Koha fields that decided the status (e.g. <c>lost:2</c>, <c>hold:W</c>,
/// <c>transfer:Manual</c>), null when available.</param>
/// <param name="DueDate">When on loan: the due date (end of the day, UK time, as UTC).</param>
internal sealed record LiveItemAvailability(
    string VendorItemId, string LibraryCode, string? HoldingLibraryCode, string? Location, string? CallNumber,
    string Status, string? VendorStatus, DateTimeOffset? DueDate);
