using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Gateway.Simulators.Koha.Logging;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.State;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Webhooks;

/// <summary>
/// Sends queued events one by one, in order, to KohaSimulator:Webhook:Url: POST of the JSON body with X-Koha-Signature,
/// X-Koha-Event-Id and X-Koha-Event. A network error, timeout, 408, 429 or 5xx is retried with doubling back-off
/// (Retry-After respected, capped) up to MaxAttempts; other 4xx fail at once. Counted in /_sim/stats.
/// </summary>
internal sealed class WebhookSender(WebhookLog log, IHttpClientFactory clients, IOptions<KohaSimulatorOptions> options,
    SimulatorStats stats, TimeProvider time, ILogger<WebhookSender> logger) : BackgroundService
{
    public const string HttpClientName = "koha-webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Webhook.Enabled)
        {
            return;
        }

        await foreach (var webhookEvent in log.Queue.ReadAllAsync(stoppingToken))
        {
            await DeliverAsync(webhookEvent, stoppingToken);
        }
    }

    private async Task DeliverAsync(WebhookEvent webhookEvent, CancellationToken stoppingToken)
    {
        var settings = options.Value.Webhook;
        var backoff = TimeSpan.FromMilliseconds(settings.InitialBackoffMilliseconds);
        for (var attempt = 1; ; attempt++)
        {
            webhookEvent.Attempted();
            var (ok, retryable, retryAfter, reason) = await SendAsync(webhookEvent, settings, stoppingToken);
            if (ok)
            {
                webhookEvent.Succeeded();
                stats.WebhookSent();
                return;
            }

            if (!retryable || attempt >= settings.MaxAttempts)
            {
                stats.WebhookFailed();
                Log.WebhookFailed(logger, webhookEvent.EventId, webhookEvent.Event, attempt, reason);
                return;
            }

            stats.WebhookRetried();
            var wait = retryAfter ?? backoff;
            var cap = TimeSpan.FromMilliseconds(settings.MaxBackoffMilliseconds);
            await Task.Delay(wait < cap ? wait : cap, time, stoppingToken);
            backoff = backoff * 2 < cap ? backoff * 2 : cap;
        }
    }

    private async Task<(bool Ok, bool Retryable, TimeSpan? RetryAfter, string Reason)> SendAsync(WebhookEvent webhookEvent, WebhookOptions settings, CancellationToken stoppingToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Url) { Content = new ReadOnlyMemoryContent(webhookEvent.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation(WebhookPayload.SignatureHeader, WebhookPayload.Signature(settings.Secret!, webhookEvent.Body.Span));
        request.Headers.TryAddWithoutValidation(WebhookPayload.EventIdHeader, webhookEvent.EventId);
        request.Headers.TryAddWithoutValidation(WebhookPayload.EventHeader, webhookEvent.Event);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                return (true, false, null, "");
            }

            var retryable = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
            return (false, retryable, response.Headers.RetryAfter?.Delta, "HTTP " + status.ToString(CultureInfo.InvariantCulture));
        }
        catch (HttpRequestException e)
        {
            return (false, true, null, e.Message);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return (false, true, null, "timed out");
        }
    }
}
