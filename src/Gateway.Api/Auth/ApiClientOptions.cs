namespace Gateway.Api.Auth;

/// <summary>One client of the gateway (<c>Gateway:Auth:Clients:{name}</c>).</summary>
public sealed class ApiClientOptions
{
    /// <summary>
    /// Required: the SHA-256 of the client's key as 64 hexadecimal digits (<c>printf %s "$KEY" | sha256sum</c>). The key
    /// itself is never configured; it should be at least 128 random bits (e.g. <c>openssl rand -base64 32</c>).
    /// </summary>
    public string? KeyHash { get; set; }

    /// <summary>Required, at least one: <c>hub</c> and/or <c>operator</c>.</summary>
    public List<string> Roles { get; set; } = [];
}
