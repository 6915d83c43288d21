using Gateway.Simulators.Koha.Http;
using Gateway.Simulators.Koha.Logging;
using Gateway.Simulators.Koha.State;

namespace Gateway.Simulators.Koha.Auth;

/// <summary>Requires Koha authentication on every /api/v1 route except POST /api/v1/oauth/token.</summary>
internal sealed class AuthMiddleware(RequestDelegate next, KohaAuthentication authentication, SimulatorStats stats, ILogger<AuthMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/api/v1/oauth/token"))
        {
            await next(context);
            return;
        }

        if (authentication.Check(context.Request) is { } failure)
        {
            stats.AuthFailed();
            Log.AuthenticationFailed(logger, context.Request.Path, failure);
            await KohaErrors.AuthenticationFailure(failure).ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
