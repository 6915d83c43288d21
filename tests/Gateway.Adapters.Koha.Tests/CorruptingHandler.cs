using System.Net;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>
/// Test-side fault on the wire: cuts the bodies of responses whose URL matches to the given fraction and garbles the end, as a broken proxy or a vendor bug
/// would. The simulator's own faults hit every route alike; these tests need one route to fail and the rest to work.
/// </summary>
internal sealed class CorruptingHandler(Func<Uri, double?> corrupt) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode == HttpStatusCode.OK && corrupt(request.RequestUri!) is { } keep)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var cut = new byte[Math.Max(1, (int)(body.Length * keep))];
            Array.Copy(body, cut, cut.Length);
            cut[^1] = (byte)'<';
            response.Content = new ByteArrayContent(cut);
        }

        return response;
    }
}
