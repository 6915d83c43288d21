namespace Gateway.Adapters.Koha.Availability;

/// <summary>The items of one record and their circulation state now.</summary>
/// <param name="VendorRecordId">The record as the vendor identifies it.</param>
/// <param name="AsOf">When the vendor answered (UTC).</param>
/// <param name="Items">Every item (copy) of the record; empty when it has none.</param>
internal sealed record RecordAvailability(string VendorRecordId, DateTimeOffset AsOf, IReadOnlyList<LiveItemAvailability> Items);
