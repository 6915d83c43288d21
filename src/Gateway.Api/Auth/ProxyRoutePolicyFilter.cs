using Yarp.ReverseProxy.Configuration;

namespace Gateway.Api.Auth;

/// <summary>
/// Gives every YARP route the per-path policy (<see cref="GatewayPolicies.ByPath"/>), so proxied paths answer to the
/// same <see cref="AccessTable"/> as in-process ones. A route configured with another <c>AuthorizationPolicy</c> is a
/// start-up error: configuration cannot open (or drift from) the table.
/// </summary>
internal sealed class ProxyRoutePolicyFilter : IProxyConfigFilter
{
    public ValueTask<ClusterConfig> ConfigureClusterAsync(ClusterConfig cluster, CancellationToken cancel) => new(cluster);

    public ValueTask<RouteConfig> ConfigureRouteAsync(RouteConfig route, ClusterConfig? cluster, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (!string.IsNullOrEmpty(route.AuthorizationPolicy)
            && !string.Equals(route.AuthorizationPolicy, GatewayPolicies.ByPath, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"ReverseProxy:Routes:{route.RouteId}:AuthorizationPolicy is '{route.AuthorizationPolicy}': leave it unset. " +
                "Every proxied path answers to the gateway's access table (decision 0037).");
        }

        return new(route with { AuthorizationPolicy = GatewayPolicies.ByPath });
    }
}
