namespace Gateway.Availability.Adapters;

/// <summary>
/// Reads each attempt's whole body inside the resilience pipeline, so a body that never finishes or breaks off counts
/// as that attempt's timeout or failure (for the circuit breaker and hedging), not as an error after the pipeline.
/// Adapter answers are small (summarised on our side), so buffering costs little.
/// </summary>
internal sealed class BufferingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken);
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }
}
