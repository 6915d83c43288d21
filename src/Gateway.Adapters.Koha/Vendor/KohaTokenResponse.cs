using System.Text.Json.Serialization;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>Koha's answer to <c>POST /api/v1/oauth/token</c>.</summary>
internal sealed record KohaTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn);
