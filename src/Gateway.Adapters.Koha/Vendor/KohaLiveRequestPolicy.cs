using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>
/// Keeps the service defaults' standard resilience handler on the <c>koha-api</c> client (the harvest wants its
/// retries and circuit breaker) but lets live availability's requests (<see cref="KohaApiClient.LiveRequest"/>) out of
/// two of its strategies (decision 0026):
/// <list type="bullet">
/// <item>no retries: the caller has a budget of about two seconds, and the standard back-off (2 s, then 4 s, 8 s) would
/// turn a Koha 500 into that caller's timeout instead of a prompt 502 that says what Koha did;</item>
/// <item>not counted by the circuit breaker: the availability service keeps a breaker per system for these calls, and
/// the <c>koha-api</c> breaker is one for every Koha system of the adapter, so live lookups failing on one route of one
/// system would otherwise stop the harvest of all of them. An open breaker still refuses live requests (a 502).</item>
/// </list>
/// </summary>
internal static class KohaLiveRequestPolicy
{
    /// <summary>
    /// Wraps the retry and circuit-breaker predicates of every standard pipeline, after all configuration (the service
    /// defaults add the handler to every client under one options name, so it is not the client's own). Only requests
    /// marked with <see cref="KohaApiClient.LiveRequest"/> are affected, and only the live availability client marks them.
    /// </summary>
    public static IServiceCollection AddKohaLiveRequestPolicy(this IServiceCollection services) =>
        services.PostConfigureAll<HttpStandardResilienceOptions>(options =>
        {
            var retryWhen = options.Retry.ShouldHandle;
            options.Retry.ShouldHandle = args => IsLive(args.Context) ? ValueTask.FromResult(false) : retryWhen(args);
            var countWhen = options.CircuitBreaker.ShouldHandle;
            options.CircuitBreaker.ShouldHandle = args => IsLive(args.Context) ? ValueTask.FromResult(false) : countWhen(args);
        });

    private static bool IsLive(ResilienceContext context) =>
        context.GetRequestMessage()?.Options.TryGetValue(KohaApiClient.LiveRequest, out var live) == true && live;
}
