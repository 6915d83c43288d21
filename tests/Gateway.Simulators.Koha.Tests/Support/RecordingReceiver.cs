using System.Collections.Concurrent;
using System.Net;

namespace Gateway.Simulators.Koha.Tests.Support;

/// <summary>Stands in for a webhook receiver: records every request and answers with the queued statuses, then 200.</summary>
public sealed class RecordingReceiver : HttpMessageHandler
{
    private readonly ConcurrentQueue<HttpStatusCode> _answers = new();

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public void AnswerNext(params HttpStatusCode[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(status);
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase);
        var status = _answers.TryDequeue(out var queued) ? queued : HttpStatusCode.OK;
        Received.Enqueue(new ReceivedWebhook(request.RequestUri!, body, headers, request.Content.Headers.ContentType?.MediaType, status));
        return new HttpResponseMessage(status);
    }
}
