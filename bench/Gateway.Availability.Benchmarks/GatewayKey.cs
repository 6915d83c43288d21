using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace Gateway.Availability.Benchmarks;

/// <summary>
/// The benchmark's own client of the gateway (decision 0037): a random key made for the run, given to the gateway as
/// the hash of client <c>bench</c> (roles hub and operator: the page, the adapter route, provenance and metrics), and
/// presented only to the gateways it is told of, so the simulators never see it.
/// </summary>
internal sealed class GatewayKey() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly ConcurrentDictionary<string, bool> _gateways = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Adds the client to a gateway's environment.</summary>
    public void Configure(IDictionary<string, string> env)
    {
        env["Gateway__Auth__Clients__bench__KeyHash"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(_key)));
        env["Gateway__Auth__Clients__bench__Roles__0"] = "hub";
        env["Gateway__Auth__Clients__bench__Roles__1"] = "operator";
    }

    /// <summary>Presents the key to this gateway from now on.</summary>
    public void PresentTo(Uri gateway) => _gateways[gateway.Authority] = true;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && _gateways.ContainsKey(uri.Authority) && request.Headers.Authorization is null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
