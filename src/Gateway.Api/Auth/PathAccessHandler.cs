using Microsoft.AspNetCore.Authorization;

namespace Gateway.Api.Auth;

/// <summary>
/// Decides <see cref="PathAccessRequirement"/> from the request path, so a proxied catch-all route
/// (<c>/api/v1/records/{**rest}</c>) cannot open a stricter path under it (<c>…/{id}/provenance</c>).
/// </summary>
internal sealed class PathAccessHandler : AuthorizationHandler<PathAccessRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PathAccessRequirement requirement)
    {
        if (context.Resource is HttpContext http && Allows(AccessTable.For(http.Request.Path), context.User))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    public static bool Allows(AccessRule rule, System.Security.Claims.ClaimsPrincipal user) => rule.Access switch
    {
        Access.Open or Access.Signed => true,
        Access.Hub => user.IsInRole(GatewayRoles.Hub),
        Access.Internal => user.IsInRole(GatewayRoles.Operator) || user.IsInRole(GatewayRoles.InProcess),
        _ => user.IsInRole(GatewayRoles.Operator),
    };
}
