using System.Text.Json.Serialization;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>The part of Koha's biblio object (<c>GET /api/v1/biblios</c>, JSON) the harvest pages by.</summary>
internal sealed record KohaBiblioKey(
    [property: JsonPropertyName("biblio_id")] long BiblioId,
    [property: JsonPropertyName("timestamp")] DateTimeOffset Timestamp);
