namespace Gateway.Api.Tests;

/// <summary>Sends each request to the in-process server named by its host (one Koha simulator per system).</summary>
internal sealed class HostRoutingHandler(IReadOnlyDictionary<string, HttpMessageHandler> servers) : HttpMessageHandler
{
    private readonly Dictionary<string, HttpMessageInvoker> _invokers =
        servers.ToDictionary(p => p.Key, p => new HttpMessageInvoker(p.Value), StringComparer.OrdinalIgnoreCase);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        _invokers.TryGetValue(request.RequestUri!.Host, out var invoker)
            ? invoker.SendAsync(request, cancellationToken)
            : throw new HttpRequestException($"no simulator for host {request.RequestUri.Host}");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var invoker in _invokers.Values)
            {
                invoker.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}
