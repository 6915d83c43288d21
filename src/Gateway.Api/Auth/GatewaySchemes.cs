using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Net.Http.Headers;

namespace Gateway.Api.Auth;

/// <summary>
/// The gateway's default scheme: forwards each request to the API key scheme, or, when JWTs are accepted and the
/// bearer credential has a JWT's shape (three dot-separated parts), to the JWT bearer scheme.
/// </summary>
internal static class GatewaySchemes
{
    public const string Default = "Gateway";
    public const string Jwt = JwtBearerDefaults.AuthenticationScheme;

    public static void Configure(PolicySchemeOptions options, bool jwtEnabled) =>
        options.ForwardDefaultSelector = context => jwtEnabled && IsJwt(context.Request) ? Jwt : ApiKeyAuthenticationHandler.SchemeName;

    /// <summary>Whether the request carries a bearer credential shaped like a JWT (API keys hold no dots).</summary>
    public static bool IsJwt(HttpRequest request)
    {
        var value = request.Headers[HeaderNames.Authorization].ToString();
        return value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && value.AsSpan(7).Count('.') == 2;
    }
}
