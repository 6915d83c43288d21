namespace Gateway.Availability.Adapters;

/// <summary>One item in an adapter's answer: the gateway's status vocabulary plus the vendor's own code.</summary>
/// <param name="VendorItemId">The vendor's item id; an item without one is ignored.</param>
/// <param name="LibraryCode">The owning library.</param>
/// <param name="HoldingLibraryCode">Where the item is now, when known.</param>
/// <param name="Location">Shelving location, when known.</param>
/// <param name="CallNumber">Call number, when known.</param>
/// <param name="Status">One of <see cref="Contracts.ItemStatuses"/> (anything else is normalised to unknown).</param>
/// <param name="VendorStatus">The vendor fields that decided the status, when not available.</param>
/// <param name="DueDate">When on loan: the due date.</param>
public sealed record AdapterItem(
    string? VendorItemId, string? LibraryCode, string? HoldingLibraryCode, string? Location, string? CallNumber,
    string? Status, string? VendorStatus, DateTimeOffset? DueDate);
