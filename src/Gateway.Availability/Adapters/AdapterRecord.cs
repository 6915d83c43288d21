namespace Gateway.Availability.Adapters;

/// <summary>One record's items in an adapter's answer.</summary>
/// <param name="VendorRecordId">The record as the vendor identifies it.</param>
/// <param name="AsOf">When the vendor answered for it (UTC); the answer's <c>asOf</c> when unset.</param>
/// <param name="Items">Every item of the record; empty when it has none.</param>
public sealed record AdapterRecord(string? VendorRecordId, DateTimeOffset AsOf, IReadOnlyList<AdapterItem>? Items);
