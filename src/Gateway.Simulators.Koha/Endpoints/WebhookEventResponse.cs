using Gateway.Simulators.Koha.Webhooks;

namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>GET /_sim/webhooks: one pushed event and how its delivery went.</summary>
internal sealed record WebhookEventResponse(long Sequence, string EventId, string Event, int BiblioId, int? ItemId, string Timestamp, int Attempts, int Delivered)
{
    public static WebhookEventResponse From(WebhookEvent e) => new(e.Sequence, e.EventId, e.Event, e.BiblioId, e.ItemId, e.Timestamp, e.Attempts, e.Delivered);
}
