using System.Collections.Concurrent;

namespace Gateway.Simulators.Koha.State;

/// <summary>Thread-safe counters behind GET /_sim/stats.</summary>
internal sealed class SimulatorStats
{
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _faults = new(StringComparer.Ordinal);
    private long _tokensIssued;
    private long _tokenFailures;
    private long _authFailures;
    private long _patronCalls;
    private long _patronEmbedRequests;
    private long _webhooksSent;
    private long _webhooksFailed;
    private long _webhookRetries;
    private long _inFlight;
    private long _peakInFlight;

    public long TokensIssued => Interlocked.Read(ref _tokensIssued);
    public long TokenFailures => Interlocked.Read(ref _tokenFailures);
    public long AuthFailures => Interlocked.Read(ref _authFailures);
    public long PatronCalls => Interlocked.Read(ref _patronCalls);
    public long PatronEmbedRequests => Interlocked.Read(ref _patronEmbedRequests);

    /// <summary>Webhook events delivered (2xx), including replays.</summary>
    public long WebhooksSent => Interlocked.Read(ref _webhooksSent);

    /// <summary>Webhook events given up on (attempts exhausted or a 4xx other than 408/429).</summary>
    public long WebhooksFailed => Interlocked.Read(ref _webhooksFailed);

    /// <summary>Webhook attempts that failed and were retried.</summary>
    public long WebhookRetries => Interlocked.Read(ref _webhookRetries);

    /// <summary>The most /api/v1 and CGI requests in progress at once since the last reset (a vendor's view of a burst).</summary>
    public long PeakConcurrentCalls => Interlocked.Read(ref _peakInFlight);

    /// <summary>Counts a request in progress until the returned scope is disposed, keeping the peak.</summary>
    public InFlightScope InFlight()
    {
        var now = Interlocked.Increment(ref _inFlight);
        for (var peak = Interlocked.Read(ref _peakInFlight); now > peak; peak = Interlocked.Read(ref _peakInFlight))
        {
            if (Interlocked.CompareExchange(ref _peakInFlight, now, peak) == peak)
            {
                break;
            }
        }

        return new InFlightScope(this);
    }

    public IReadOnlyDictionary<string, long> Calls => new SortedDictionary<string, long>(_calls, StringComparer.Ordinal);
    public IReadOnlyDictionary<string, long> Faults => new SortedDictionary<string, long>(_faults, StringComparer.Ordinal);

    public void Call(string kind)
    {
        _calls.AddOrUpdate(kind, 1, static (_, n) => n + 1);
        if (kind is RouteKinds.Patrons or RouteKinds.IlsDiPatron)
        {
            Interlocked.Increment(ref _patronCalls);
        }
    }

    public void Fault(string kind) => _faults.AddOrUpdate(kind, 1, static (_, n) => n + 1);

    public void TokenIssued() => Interlocked.Increment(ref _tokensIssued);
    public void TokenFailed() => Interlocked.Increment(ref _tokenFailures);
    public void AuthFailed() => Interlocked.Increment(ref _authFailures);
    public void PatronEmbedRequested() => Interlocked.Increment(ref _patronEmbedRequests);
    public void WebhookSent() => Interlocked.Increment(ref _webhooksSent);
    public void WebhookFailed() => Interlocked.Increment(ref _webhooksFailed);
    public void WebhookRetried() => Interlocked.Increment(ref _webhookRetries);

    public void Reset()
    {
        _calls.Clear();
        _faults.Clear();
        Interlocked.Exchange(ref _tokensIssued, 0);
        Interlocked.Exchange(ref _tokenFailures, 0);
        Interlocked.Exchange(ref _authFailures, 0);
        Interlocked.Exchange(ref _patronCalls, 0);
        Interlocked.Exchange(ref _patronEmbedRequests, 0);
        Interlocked.Exchange(ref _webhooksSent, 0);
        Interlocked.Exchange(ref _webhooksFailed, 0);
        Interlocked.Exchange(ref _webhookRetries, 0);
        Interlocked.Exchange(ref _peakInFlight, Interlocked.Read(ref _inFlight));
    }

    /// <summary>Ends one request's count in <see cref="InFlight"/>.</summary>
    internal readonly struct InFlightScope(SimulatorStats stats) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref stats._inFlight);
    }
}
