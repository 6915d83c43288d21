namespace Gateway.Availability.Caching;

/// <summary>One item's last known state in the cache.</summary>
/// <param name="VendorItemId">The vendor's item id.</param>
/// <param name="LibraryCode">The owning library.</param>
/// <param name="HoldingLibraryCode">Where the item is now, when known.</param>
/// <param name="Location">Shelving location, when known.</param>
/// <param name="CallNumber">Call number, when known.</param>
/// <param name="Status">One of <see cref="Contracts.ItemStatuses"/> (normalised: never an undocumented value).</param>
/// <param name="VendorStatus">The vendor's own code; kept whenever the status is <c>unknown</c>.</param>
/// <param name="DueDate">When on loan: the due date.</param>
/// <param name="AsOf">When this state was true at the vendor: the live answer's time, or an event's source timestamp.</param>
internal sealed record CachedItem(
    string VendorItemId, string LibraryCode, string? HoldingLibraryCode, string? Location, string? CallNumber,
    string Status, string? VendorStatus, DateTimeOffset? DueDate, DateTimeOffset AsOf);
