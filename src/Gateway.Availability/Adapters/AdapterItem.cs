namespace Gateway.Availability.Adapters;

/// <summary>One item in an adapter's answer: the gateway's status vocabulary plus the vendor's own code.</summary>
internal sealed record AdapterItem(
    string? VendorItemId, string? LibraryCode, string? HoldingLibraryCode, string? Location, string? CallNumber,
    string? Status, string? VendorStatus, DateTimeOffset? DueDate);
