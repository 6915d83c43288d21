using Microsoft.AspNetCore.Authorization;

namespace Gateway.Api.Auth;

/// <summary>The authorization policies, one per kind of <see cref="Access"/> that needs a key, and the per-path one.</summary>
internal static class GatewayPolicies
{
    public const string Hub = "hub";
    public const string Operator = "operator";
    public const string Internal = "internal";

    /// <summary>The policy of every proxied route: the <see cref="AccessTable"/> is read for each request's path.</summary>
    public const string ByPath = "gateway-access";

    /// <summary>The policy an in-process endpoint gets, or null when it needs no key.</summary>
    public static string? For(Access access) => access switch
    {
        Access.Hub => Hub,
        Access.Operator => Operator,
        Access.Internal => Internal,
        _ => null,
    };

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Hub, p => p.AddAuthenticationSchemes(GatewaySchemes.Default).RequireRole(GatewayRoles.Hub));
        options.AddPolicy(Operator, p => p.AddAuthenticationSchemes(GatewaySchemes.Default).RequireRole(GatewayRoles.Operator));
        options.AddPolicy(Internal, p => p.AddAuthenticationSchemes(GatewaySchemes.Default)
            .RequireRole(GatewayRoles.Operator, GatewayRoles.InProcess));
        options.AddPolicy(ByPath, p => p.AddAuthenticationSchemes(GatewaySchemes.Default)
            .AddRequirements(new PathAccessRequirement()));
    }
}
