using System.Text.Json.Serialization;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>
/// The part of Koha's hold object (definitions/hold.yaml) the adapter reads: which item it has caught and whether
/// the item waits on the hold shelf (<c>W</c>) or travels to the pickup library (<c>T</c>). The hold's patron is
/// never read.
/// </summary>
internal sealed record KohaShelvedHold(
    [property: JsonPropertyName("item_id")] long? ItemId,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("pickup_library_id")] string? PickupLibraryId);
