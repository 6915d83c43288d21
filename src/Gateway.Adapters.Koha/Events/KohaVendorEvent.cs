using System.Text.Json.Serialization;

namespace Gateway.Adapters.Koha.Events;

/// <summary>
/// A change pushed by a Koha plugin hook (<c>after_biblio_action</c>, <c>after_item_action</c>). Only ids and times:
/// no patron data is ever sent or accepted.
/// </summary>
internal sealed record KohaVendorEvent(
    [property: JsonPropertyName("event")] string? Event,
    [property: JsonPropertyName("biblio_id")] long? BiblioId,
    [property: JsonPropertyName("item_id")] long? ItemId,
    [property: JsonPropertyName("timestamp")] DateTimeOffset? Timestamp,
    [property: JsonPropertyName("event_id")] string? EventId)
{
    public static IReadOnlySet<string> Known { get; } =
        new HashSet<string>(["biblio_added", "biblio_modified", "biblio_deleted", "item_modified", "item_deleted"], StringComparer.Ordinal);
}
