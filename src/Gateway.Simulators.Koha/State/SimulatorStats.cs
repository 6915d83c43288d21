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

    public long TokensIssued => Interlocked.Read(ref _tokensIssued);
    public long TokenFailures => Interlocked.Read(ref _tokenFailures);
    public long AuthFailures => Interlocked.Read(ref _authFailures);
    public long PatronCalls => Interlocked.Read(ref _patronCalls);
    public long PatronEmbedRequests => Interlocked.Read(ref _patronEmbedRequests);

    public IReadOnlyDictionary<string, long> Calls => new SortedDictionary<string, long>(_calls, StringComparer.Ordinal);
    public IReadOnlyDictionary<string, long> Faults => new SortedDictionary<string, long>(_faults, StringComparer.Ordinal);

    public void Call(string kind)
    {
        _calls.AddOrUpdate(kind, 1, static (_, n) => n + 1);
        if (kind == RouteKinds.Patrons)
        {
            Interlocked.Increment(ref _patronCalls);
        }
    }

    public void Fault(string kind) => _faults.AddOrUpdate(kind, 1, static (_, n) => n + 1);

    public void TokenIssued() => Interlocked.Increment(ref _tokensIssued);
    public void TokenFailed() => Interlocked.Increment(ref _tokenFailures);
    public void AuthFailed() => Interlocked.Increment(ref _authFailures);
    public void PatronEmbedRequested() => Interlocked.Increment(ref _patronEmbedRequests);

    public void Reset()
    {
        _calls.Clear();
        _faults.Clear();
        Interlocked.Exchange(ref _tokensIssued, 0);
        Interlocked.Exchange(ref _tokenFailures, 0);
        Interlocked.Exchange(ref _authFailures, 0);
        Interlocked.Exchange(ref _patronCalls, 0);
        Interlocked.Exchange(ref _patronEmbedRequests, 0);
    }
}
