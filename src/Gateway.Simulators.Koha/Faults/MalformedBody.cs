namespace Gateway.Simulators.Koha.Faults;

/// <summary>Runs the request, then sends a 200 whose body is cut short and ends in garbage.</summary>
internal static class MalformedBody
{
    private static readonly byte[] Garbage = "\u001d{\"<\u0000"u8.ToArray();

    public static async Task RunAsync(HttpContext context, RequestDelegate next)
    {
        var body = await BufferedResponse.RunAsync(context, next);
        var original = context.Response.Body;
        var kept = body.AsMemory(0, body.Length / 2);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentLength = kept.Length + Garbage.Length;
        await original.WriteAsync(kept, context.RequestAborted);
        await original.WriteAsync(Garbage, context.RequestAborted);
    }
}
