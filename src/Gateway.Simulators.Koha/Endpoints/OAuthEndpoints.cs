using Gateway.Simulators.Koha.Auth;
using Gateway.Simulators.Koha.Faults;
using Gateway.Simulators.Koha.Http;
using Gateway.Simulators.Koha.Logging;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Query;
using Gateway.Simulators.Koha.State;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>
/// POST /oauth/token (paths/oauth.yaml, Koha::REST::V1::OAuth): client credentials from form fields.
/// Another grant type → 400 "Unimplemented grant type"; unknown client or wrong secret → 403.
/// </summary>
internal static class OAuthEndpoints
{
    public static void Map(RouteGroupBuilder api) => api.MapPost("/oauth/token", TokenAsync).DisableAntiforgery();

    private static async Task<IResult> TokenAsync(HttpContext context, TokenStore tokens, SimulatorStats stats,
        IOptions<KohaSimulatorOptions> options, FaultState faults, ILogger<TokenStore> logger)
    {
        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        var grantType = form?["grant_type"].ToString();
        if (string.IsNullOrEmpty(grantType))
        {
            stats.TokenFailed();
            return KohaErrors.BadParameters(new BadParameterException([new ParameterError("/grant_type", "Missing property.")], openApiShape: true));
        }

        var settings = options.Value;
        var clientId = form!["client_id"].ToString();
        var error = grantType != "client_credentials" ? "Unimplemented grant type"
            : !SecretComparer.Same(clientId, settings.ClientId) ? "unauthorized_client"
            : !SecretComparer.Same(form["client_secret"].ToString(), settings.ClientSecret) ? "access_denied"
            : null;
        if (error is not null)
        {
            stats.TokenFailed();
            Log.TokenRejected(logger, clientId, error);
            return KohaErrors.Error(error == "Unimplemented grant type" ? StatusCodes.Status400BadRequest : StatusCodes.Status403Forbidden, error);
        }

        stats.TokenIssued();
        Log.TokenIssued(logger, clientId);
        var lifetime = faults.Settings.TokenLifetimeSeconds ?? settings.TokenLifetimeSeconds;
        var token = tokens.Issue(TimeSpan.FromSeconds(lifetime));
        return TypedResults.Json(new TokenResponse(token, "Bearer", lifetime), KohaErrors.Json);
    }

    internal sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn);
}
