using System.Threading.RateLimiting;
using Gateway.Adapters.Koha.Options;
using Microsoft.Extensions.Options;

namespace Gateway.Adapters.Koha.Availability;

/// <summary>
/// At most <see cref="KohaAdapterOptions.AvailabilityMaxCallsPerSystem"/> live availability calls in progress at once to
/// one Koha system, shared by every lookup (a concurrency limiter per system id; the rest queue oldest first and wait
/// within their caller's deadline, so a burst of results pages never becomes a burst on the vendor).
/// </summary>
internal sealed class KohaLiveCallLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public KohaLiveCallLimiter(IOptions<KohaAdapterOptions> options)
    {
        var permits = options.Value.AvailabilityMaxCallsPerSystem;
        _limiter = PartitionedRateLimiter.Create<string, string>(systemId => RateLimitPartition.GetConcurrencyLimiter(
            systemId,
            _ => new ConcurrencyLimiterOptions { PermitLimit = permits, QueueLimit = int.MaxValue, QueueProcessingOrder = QueueProcessingOrder.OldestFirst }));
    }

    /// <summary>Runs <paramref name="call"/> once the system has a free slot (waiting cancelled with <paramref name="ct"/>).</summary>
    public async Task<T> RunAsync<T>(string systemId, Func<CancellationToken, Task<T>> call, CancellationToken ct)
    {
        using var lease = await _limiter.AcquireAsync(systemId, 1, ct);
        if (!lease.IsAcquired)
        {
            throw new InvalidOperationException($"No live call slot for {systemId}: the queue is unbounded, so this cannot happen unless the limiter was disposed.");
        }

        return await call(ct);
    }

    public void Dispose() => _limiter.Dispose();
}
