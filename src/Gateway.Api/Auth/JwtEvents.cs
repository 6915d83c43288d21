using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Gateway.Api.Auth;

/// <summary>Logs and counts refused JWTs as API keys are (never the token); 401/403 bodies come from the status code problems.</summary>
internal static class JwtEvents
{
    public static JwtBearerEvents Create() => new()
    {
        OnAuthenticationFailed = context =>
        {
            AuthMetrics.Count(AuthFailure.InvalidToken);
            AuthLog.Refused(Logger(context.HttpContext), context.Request.Method, context.Request.Path, AuthFailure.InvalidToken.Name(), "unknown");
            return Task.CompletedTask;
        },
        OnForbidden = context =>
        {
            var role = AccessTable.For(context.Request.Path).Role ?? GatewayRoles.Operator;
            AuthMetrics.Count(AuthFailure.Forbidden);
            AuthLog.Forbidden(Logger(context.HttpContext), context.Request.Method, context.Request.Path, context.HttpContext.User.Identity?.Name ?? "?", role);
            return Task.CompletedTask;
        },
    };

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Api.Auth");
}
