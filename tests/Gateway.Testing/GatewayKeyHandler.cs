using System.Net.Http.Headers;

namespace Gateway.Testing;

/// <summary>
/// Presents a gateway key (<c>Authorization: Bearer</c>) on requests to the gateway's address only, and only when the
/// request carries no credentials of its own: the same HttpClient can call simulators without leaking the key to them.
/// </summary>
public sealed class GatewayKeyHandler(Uri gateway, string key) : DelegatingHandler(new HttpClientHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is { } uri && Uri.Compare(uri, gateway, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0
            && request.Headers.Authorization is null && !request.Headers.Contains("X-Api-Key"))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
