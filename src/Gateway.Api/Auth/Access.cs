namespace Gateway.Api.Auth;

/// <summary>What a path of the gateway asks of its caller.</summary>
internal enum Access
{
    /// <summary>Anyone: liveness, health status, the OpenAPI document and its page.</summary>
    Open,

    /// <summary>No key: the request proves itself with a vendor's HMAC signature, checked by the endpoint.</summary>
    Signed,

    /// <summary>A client with the <see cref="GatewayRoles.Hub"/> role.</summary>
    Hub,

    /// <summary>A client with the <see cref="GatewayRoles.Operator"/> role.</summary>
    Operator,

    /// <summary>An operator, or the gateway itself calling its own adapter route (<see cref="GatewayRoles.InProcess"/>).</summary>
    Internal,
}
