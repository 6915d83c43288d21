using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace Gateway.Availability.Tests;

/// <summary>An HTTP client factory for tests where the HTTP path must never be taken.</summary>
internal sealed class NoHttpClients : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => throw new InvalidOperationException("the HTTP path is not taken here");
}

/// <summary>A server with no addresses (the HTTP path's own-address fallback is never asked here).</summary>
internal sealed class NoServer : IServer
{
    public IFeatureCollection Features { get; } = new FeatureCollection();

    public void Dispose()
    {
    }

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
