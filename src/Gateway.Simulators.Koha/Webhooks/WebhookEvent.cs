namespace Gateway.Simulators.Koha.Webhooks;

/// <summary>One pushed event: its place in the log, identity, the exact body sent (replays send the same bytes) and its delivery state.</summary>
internal sealed class WebhookEvent(long sequence, string eventId, string name, int biblioId, int? itemId, string timestamp, byte[] body)
{
    private int _attempts;
    private int _delivered;

    public long Sequence { get; } = sequence;
    public string EventId { get; } = eventId;
    public string Event { get; } = name;
    public int BiblioId { get; } = biblioId;
    public int? ItemId { get; } = itemId;
    public string Timestamp { get; } = timestamp;

    /// <summary>The raw JSON body (what the signature covers).</summary>
    public ReadOnlyMemory<byte> Body { get; } = body;

    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Times a 2xx came back for it (more than once after a replay).</summary>
    public int Delivered => Volatile.Read(ref _delivered);

    public void Attempted() => Interlocked.Increment(ref _attempts);

    public void Succeeded() => Interlocked.Increment(ref _delivered);
}
