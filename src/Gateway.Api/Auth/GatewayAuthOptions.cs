namespace Gateway.Api.Auth;

/// <summary>
/// Who may call the gateway (decision 0037). Each client has a name, the SHA-256 of its key (never the key) and roles.
/// <code>
/// "Gateway": { "Auth": { "Clients": {
///   "nhs-hub":  { "KeyHash": "3f0c…64 hex digits…", "Roles": [ "hub" ] },
///   "ops-team": { "KeyHash": "9a41…", "Roles": [ "operator", "hub" ] } } } }
/// </code>
/// Outside Development at least one client (or <c>Jwt</c>) is required: the gateway does not start without one.
/// </summary>
public sealed class GatewayAuthOptions
{
    public const string SectionName = "Gateway:Auth";

    /// <summary>The clients by name (the name is the HTTP Basic user name on <c>/oai</c> and what logs show).</summary>
    public Dictionary<string, ApiClientOptions> Clients { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Optional JWT bearer tokens from an identity provider (off unless <c>Jwt:Authority</c> is set).</summary>
    public JwtOptions Jwt { get; set; } = new();

    /// <summary>The realm named in <c>WWW-Authenticate</c> challenges.</summary>
    public string Realm { get; set; } = "library-hub-gateway";
}
