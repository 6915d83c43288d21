namespace Gateway.Simulators.Koha.Faults;

/// <summary>Runs the rest of the pipeline into a buffer, so a fault can send the response's bytes its own way.</summary>
internal static class BufferedResponse
{
    /// <summary>Runs <paramref name="next"/> with the response body buffered; the real body is restored before returning.</summary>
    public static async Task<byte[]> RunAsync(HttpContext context, RequestDelegate next)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        return buffer.ToArray();
    }
}
