namespace Gateway.Api.Auth;

/// <summary>
/// Optional: also accept JWT bearer tokens from an identity provider (<c>Gateway:Auth:Jwt</c>), roles from a claim.
/// Off while <see cref="Authority"/> is unset.
/// <code>
/// "Gateway": { "Auth": { "Jwt": { "Authority": "https://login.example.nhs.uk/tenant/v2.0", "Audience": "api://library-hub-gateway",
///   "RoleClaim": "roles", "NameClaim": "azp" } } }
/// </code>
/// </summary>
public sealed class JwtOptions
{
    /// <summary>The issuer (its OpenID Connect metadata gives the signing keys). Unset: no JWTs accepted.</summary>
    public string? Authority { get; set; }

    /// <summary>Required with <see cref="Authority"/>: the audience tokens must be issued for.</summary>
    public string? Audience { get; set; }

    /// <summary>The claim holding the roles (<c>hub</c>, <c>operator</c>); default <c>roles</c>.</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The claim naming the client in logs and problems; default <c>azp</c> (the OAuth client id).</summary>
    public string NameClaim { get; set; } = "azp";

    /// <summary>Whether the metadata must come over HTTPS (true unless a test or a local provider says otherwise).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>Whether JWTs are accepted at all.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);
}
