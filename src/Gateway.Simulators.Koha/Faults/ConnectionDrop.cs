using Microsoft.AspNetCore.Http.Features;

namespace Gateway.Simulators.Koha.Faults;

/// <summary>Runs the request, sends the headers (with the full Content-Length) and part of the body, then aborts the connection.</summary>
internal static class ConnectionDrop
{
    public static async Task RunAsync(HttpContext context, RequestDelegate next)
    {
        var body = await BufferedResponse.RunAsync(context, next);
        var original = context.Response.Body;
        context.Response.ContentLength = body.Length;
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await original.WriteAsync(body.AsMemory(0, body.Length / 2), context.RequestAborted);
        await original.FlushAsync(context.RequestAborted);
        context.Abort();
    }
}
