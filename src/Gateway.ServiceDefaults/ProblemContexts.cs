using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Gateway.ServiceDefaults;

/// <summary>A problem (RFC 9457) for writing outside an endpoint, with the status's reason phrase and a stable type URI.</summary>
public static class ProblemContexts
{
    /// <summary>Sets the response's status and describes the problem for <see cref="IProblemDetailsService"/>.</summary>
    public static ProblemDetailsContext For(HttpContext http, int status, string typeName, string? detail)
    {
        http.Response.StatusCode = status;
        return new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = status,
                Title = ReasonPhrases.GetReasonPhrase(status),
                Type = ProblemTypes.Uri(typeName),
                Detail = detail,
            },
        };
    }
}
