using Gateway.Availability.Options;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Hedging;
using Polly.Registry;

namespace Gateway.Availability.Adapters;

/// <summary>
/// The pipeline around an in-process adapter call: the same strategies and numbers as the HTTP client's standard
/// hedging handler (<see cref="AvailabilityResilience"/>, decision 0022) in the same order: total timeout = the system
/// budget; one hedged attempt after <see cref="AvailabilityOptions.EffectiveHedgingDelay"/> or at once after a transient
/// failure, no retries; per attempt a circuit breaker and a timeout. One pipeline per system, built once and kept in a
/// Polly registry of its own (nothing allocated per request but the call itself; not the DI-wide registry, whose
/// registration would touch every other module's pipelines).
/// </summary>
internal sealed class InProcessResilience(IOptions<AvailabilityOptions> options) : IDisposable
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();

    public ResiliencePipeline<AdapterAnswer> For(string systemId) => _registry.GetOrAddPipeline<AdapterAnswer>(systemId, Build);

    public void Dispose() => _registry.Dispose();

    /// <summary>
    /// What the HTTP path counts as transient: a 5xx, 408 or 429 from the adapter, a timeout, a broken connection, or
    /// anything else the adapter threw (over HTTP an unhandled exception is its 500). 400/404 are answers, not failures.
    /// </summary>
    internal static bool IsTransient(Exception failure) => failure switch
    {
        AdapterCallException { Status: { } status } => status is >= 500 or 408 or 429,
        AdapterCallException => true,
        OperationCanceledException => false,
        BrokenCircuitException => false,
        _ => true,
    };

    private void Build(ResiliencePipelineBuilder<AdapterAnswer> pipeline)
    {
        var settings = options.Value;
        pipeline
            .AddTimeout(settings.SystemBudget)
            .AddHedging(new HedgingStrategyOptions<AdapterAnswer>
            {
                MaxHedgedAttempts = 1,
                Delay = settings.EffectiveHedgingDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && (IsTransient(e) || e is BrokenCircuitException)),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions<AdapterAnswer>
            {
                FailureRatio = settings.CircuitFailureRatio,
                MinimumThroughput = settings.CircuitMinimumThroughput,
                SamplingDuration = settings.CircuitSamplingDuration,
                BreakDuration = settings.CircuitBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e)),
            })
            .AddTimeout(settings.EffectiveAttemptTimeout);
    }
}
