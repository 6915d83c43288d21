using Gateway.Availability.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;

namespace Gateway.Availability.Adapters;

/// <summary>
/// The adapters' HttpClient and its Polly v8 pipeline (Microsoft.Extensions.Http.Resilience's standard hedging
/// handler, numbers in decision 0022): total timeout = the system budget; at most one hedged call after
/// <see cref="AvailabilityOptions.EffectiveHedgingDelay"/> (the lookup is an idempotent GET) and no retries; per attempt a
/// timeout and a circuit breaker. One pipeline per system (selected by <see cref="AdapterClient.SystemKey"/>), so one
/// slow or broken system opens only its own circuit. The service defaults' standard handler is removed first: its
/// retries would multiply calls to a vendor that is already struggling.
/// </summary>
internal static class AvailabilityResilience
{
    public static IHttpClientBuilder AddAdapterClient(this IServiceCollection services)
    {
        var client = services.AddHttpClient(AdapterClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
#pragma warning disable EXTEXP0001 // experimental, and the documented way to replace the defaults' handler on one client
        client.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001
        client.AddStandardHedgingHandler()
            .Configure((pipeline, provider) =>
            {
                var settings = provider.GetRequiredService<IOptions<AvailabilityOptions>>().Value;
                pipeline.TotalRequestTimeout.Timeout = settings.SystemBudget;
                pipeline.Hedging.MaxHedgedAttempts = 1;
                pipeline.Hedging.Delay = settings.EffectiveHedgingDelay;
                pipeline.Endpoint.Timeout.Timeout = settings.EffectiveAttemptTimeout;
                pipeline.Endpoint.CircuitBreaker.FailureRatio = settings.CircuitFailureRatio;
                pipeline.Endpoint.CircuitBreaker.MinimumThroughput = settings.CircuitMinimumThroughput;
                pipeline.Endpoint.CircuitBreaker.SamplingDuration = settings.CircuitSamplingDuration;
                pipeline.Endpoint.CircuitBreaker.BreakDuration = settings.CircuitBreakDuration;
            })
            .SelectPipelineBy(_ => request => request.Options.TryGetValue(AdapterClient.SystemKey, out var systemId) ? systemId : "");
        client.AddHttpMessageHandler(() => new BufferingHandler()); // inside the pipeline: per attempt
        return client;
    }
}
