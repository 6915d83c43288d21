using System.Text.Json.Serialization;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>
/// The item's current transfer as Koha embeds it (<c>x-koha-embed: transfer</c> on <c>/biblios/{id}/items</c>;
/// Koha::Item::Transfer): active while sent and neither arrived nor cancelled. The reason tells a transfer for a hold
/// (<c>Reserve</c>) from one staff or the return rules started (<c>Manual</c>, <c>ReturnToHome</c>, ...).
/// </summary>
internal sealed record KohaTransfer
{
    [JsonPropertyName("from_library_id")] public string? FromLibraryId { get; init; }

    [JsonPropertyName("to_library_id")] public string? ToLibraryId { get; init; }

    [JsonPropertyName("date_sent")] public DateTimeOffset? DateSent { get; init; }

    [JsonPropertyName("date_arrived")] public DateTimeOffset? DateArrived { get; init; }

    [JsonPropertyName("date_cancelled")] public DateTimeOffset? DateCancelled { get; init; }

    [JsonPropertyName("reason")] public string? Reason { get; init; }

    /// <summary>True while the item travels: sent, not arrived, not cancelled.</summary>
    [JsonIgnore] public bool IsActive => DateSent is not null && DateArrived is null && DateCancelled is null;
}
