using Gateway.ServiceDefaults;

namespace Gateway.Api.Auth;

/// <summary>The 401 and 403 problems (RFC 9457, the gateway's stable type URIs) and what their details say.</summary>
internal static class AuthProblems
{
    public static async Task WriteAsync(HttpContext http, int status, string typeName, string detail)
    {
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.TryWriteAsync(ProblemContexts.For(http, status, typeName, detail));
    }

    /// <summary>What a 401 says: what was wrong and how to present a key here.</summary>
    public static string Unauthorized(AuthFailure failure, AccessRule rule)
    {
        var how = rule.AllowsBasic
            ? "send 'Authorization: Bearer <key>', 'X-Api-Key: <key>' or HTTP Basic with the client's name and key"
            : "send 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'";
        var needs = $"This path needs the key of a client with the role '{rule.Role}': {how}.";
        return failure switch
        {
            AuthFailure.UnknownKey => "The key presented is not known (or, with Basic, is not that client's). " + needs,
            AuthFailure.Malformed => "The credentials could not be read (one Authorization or X-Api-Key header, a non-empty key). " + needs,
            AuthFailure.UnsupportedScheme => "Only Bearer keys (and Basic on /oai) are accepted. " + needs,
            AuthFailure.BasicNotAccepted => "HTTP Basic is accepted on /oai only. " + needs,
            _ => needs,
        };
    }
}
