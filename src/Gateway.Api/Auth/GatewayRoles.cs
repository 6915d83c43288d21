namespace Gateway.Api.Auth;

/// <summary>The roles a client of the gateway can hold (<c>Gateway:Auth:Clients:{name}:Roles</c>).</summary>
internal static class GatewayRoles
{
    /// <summary>The discovery hub: records, availability, the systems registry, OAI-PMH.</summary>
    public const string Hub = "hub";

    /// <summary>Operators: problems, reconciliation, provenance, metrics, health details, the adapters' internal routes.</summary>
    public const string Operator = "operator";

    /// <summary>
    /// The gateway itself calling its own adapter route over HTTP (<c>Availability:InProcessAdapters=false</c>); held
    /// only by a key made in memory at each start, never configurable.
    /// </summary>
    public const string InProcess = "gateway-in-process";

    /// <summary>The roles configuration may give a client.</summary>
    public static readonly IReadOnlyList<string> Configurable = [Hub, Operator];
}
