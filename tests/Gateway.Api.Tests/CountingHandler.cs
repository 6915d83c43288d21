namespace Gateway.Api.Tests;

/// <summary>Counts the requests passed on to its inner handler.</summary>
internal sealed class CountingHandler(Action counted) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        counted();
        return base.SendAsync(request, cancellationToken);
    }
}
