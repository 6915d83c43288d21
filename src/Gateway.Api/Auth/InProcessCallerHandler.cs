using System.Net.Http.Headers;

namespace Gateway.Api.Auth;

/// <summary>Presents the <see cref="InProcessCaller"/>'s key on the availability service's calls to this gateway's adapter route.</summary>
internal sealed class InProcessCallerHandler(InProcessCaller caller) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization ??= new AuthenticationHeaderValue("Bearer", caller.Key);
        return base.SendAsync(request, cancellationToken);
    }
}
