namespace Gateway.Simulators.Koha.Faults;

/// <summary>
/// Runs the request; an ISO 2709 body (application/marc) is cut in the middle of its last record and sent as a
/// complete 200 (Content-Length of what is sent), as a proxy or a crashed worker can leave it. Other bodies pass
/// unchanged. Returns whether the body was cut.
/// </summary>
internal static class TruncatedMarc
{
    private const byte RecordTerminator = 0x1D;

    public static async Task<bool> RunAsync(HttpContext context, RequestDelegate next)
    {
        var body = await BufferedResponse.RunAsync(context, next);
        var original = context.Response.Body;
        var isMarc = context.Response.ContentType?.StartsWith("application/marc", StringComparison.OrdinalIgnoreCase) == true
            && !context.Response.ContentType.StartsWith("application/marc-in-json", StringComparison.OrdinalIgnoreCase);
        var length = isMarc && body.Length > 1 ? CutPoint(body) : body.Length;
        context.Response.ContentLength = length;
        await original.WriteAsync(body.AsMemory(0, length), context.RequestAborted);
        return length < body.Length;
    }

    /// <summary>Halfway through the last record (after the previous record's terminator).</summary>
    private static int CutPoint(byte[] body)
    {
        var end = body.Length - 1;
        while (end > 0 && body[end] != RecordTerminator)
        {
            end--;
        }

        var start = end - 1;
        while (start > 0 && body[start] != RecordTerminator)
        {
            start--;
        }

        start = start <= 0 ? 0 : start + 1;
        return start + Math.Max(1, (end - start) / 2);
    }
}
