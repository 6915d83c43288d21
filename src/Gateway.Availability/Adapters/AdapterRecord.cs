namespace Gateway.Availability.Adapters;

/// <summary>One record's items in an adapter's answer.</summary>
internal sealed record AdapterRecord(string? VendorRecordId, DateTimeOffset AsOf, IReadOnlyList<AdapterItem>? Items);
