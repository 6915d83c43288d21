using Microsoft.AspNetCore.Authorization;

namespace Gateway.Api.Auth;

/// <summary>
/// Gives each endpoint mapped in a group the policy the <see cref="AccessTable"/> names for its route pattern (or
/// <see cref="AllowAnonymousAttribute"/>), so the modules map their endpoints without knowing about keys.
/// </summary>
internal static class AccessConventions
{
    public static TBuilder RequireAccessFromTable<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText;
            var rule = AccessTable.For(pattern);
            endpoint.Metadata.Add(rule);
            if (GatewayPolicies.For(rule.Access) is { } policy)
            {
                endpoint.Metadata.Add(new AuthorizeAttribute(policy));
            }
            else
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        return builder;
    }
}
