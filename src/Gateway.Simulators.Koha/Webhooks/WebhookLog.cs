using System.Threading.Channels;
using Gateway.Simulators.Data.Changes;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Representations;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Webhooks;

/// <summary>
/// Recent pushed events in order (sequence numbers from 1) and the queue the sender drains. Events are only made
/// when a webhook is configured. Replay queues the same events again, with their original ids and bodies.
/// </summary>
internal sealed class WebhookLog(IOptions<KohaSimulatorOptions> options)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<WebhookEvent> _recent = new();
    private readonly Channel<WebhookEvent> _queue = Channel.CreateUnbounded<WebhookEvent>(new UnboundedChannelOptions { SingleReader = true });
    private long _sequence;

    public bool Enabled => options.Value.Webhook.Enabled;

    public ChannelReader<WebhookEvent> Queue => _queue.Reader;

    /// <summary>Makes and queues an event for each change a plugin hook would report.</summary>
    public void Record(IEnumerable<CatalogueChange> changes)
    {
        if (!Enabled)
        {
            return;
        }

        lock (_gate)
        {
            foreach (var change in changes)
            {
                if (WebhookPayload.EventName(change.Kind) is not { } name)
                {
                    continue;
                }

                var id = Guid.NewGuid().ToString();
                var timestamp = JsonRepresentation.Instant(change.Timestamp);
                var webhookEvent = new WebhookEvent(++_sequence, id, name, change.BiblioId, change.ItemId, timestamp,
                    WebhookPayload.Body(name, change.BiblioId, change.ItemId, timestamp, id));
                _recent.AddLast(webhookEvent);
                while (_recent.Count > options.Value.Webhook.History)
                {
                    _recent.RemoveFirst();
                }

                _queue.Writer.TryWrite(webhookEvent);
            }
        }
    }

    /// <summary>Kept events with a sequence number of at least <paramref name="from"/>.</summary>
    public IReadOnlyList<WebhookEvent> Since(long from)
    {
        lock (_gate)
        {
            return [.. _recent.Where(e => e.Sequence >= from)];
        }
    }

    /// <summary>Queues the kept events from <paramref name="from"/> again (same event ids, same bytes); returns how many.</summary>
    public int Replay(long from)
    {
        var events = Since(from);
        foreach (var webhookEvent in events)
        {
            _queue.Writer.TryWrite(webhookEvent);
        }

        return events.Count;
    }
}
