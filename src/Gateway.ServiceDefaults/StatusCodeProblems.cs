using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.ServiceDefaults;

/// <summary>
/// Gives every bodiless error response (no route, wrong method, a proxy failure) an RFC 9457 body that says what
/// happened and what to do.
/// </summary>
public static class StatusCodeProblems
{
    /// <summary>Unhandled exceptions and bodiless 4xx/5xx responses become ProblemDetails.</summary>
    public static WebApplication UseGatewayErrorHandling(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(WriteAsync);
        return app;
    }

    private static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var status = http.Response.StatusCode;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(ProblemContexts.For(http, status, ProblemTypes.ForStatus(status), DetailFor(http, status)));
    }

    private static string? DetailFor(HttpContext http, int status) => status switch
    {
        StatusCodes.Status404NotFound =>
            $"No resource at '{http.Request.Path}'. The API is described at /openapi/v1.json and /docs.",
        StatusCodes.Status405MethodNotAllowed =>
            $"{http.Request.Method} is not allowed on '{http.Request.Path}'" +
            (http.Response.Headers.Allow.Count > 0 ? $"; allowed: {http.Response.Headers.Allow}." : "."),
        StatusCodes.Status415UnsupportedMediaType =>
            $"'{http.Request.ContentType}' is not accepted on '{http.Request.Path}'; /docs says what it takes (usually application/json).",
        StatusCodes.Status502BadGateway or StatusCodes.Status503ServiceUnavailable =>
            "A part of the gateway behind this path did not answer. Retry later; operators see the cause in /health.",
        StatusCodes.Status504GatewayTimeout => "A part of the gateway behind this path did not answer in time.",
        _ => null,
    };
}
