using Gateway.Simulators.Koha.Faults;

namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>GET /_sim/stats: the catalogue's size and the simulator's call, auth and fault counters.</summary>
internal sealed record StatsResponse(
    string SystemId,
    int Records,
    int Deleted,
    int Items,
    int Tick,
    long TokensIssued,
    long TokenFailures,
    long AuthFailures,
    long PatronCalls,
    long PatronEmbedRequests,
    IReadOnlyDictionary<string, long> Calls,
    IReadOnlyDictionary<string, long> FaultsInjected,
    FaultSettings ActiveFaults,
    int Holds,
    int Checkouts,
    long WebhooksSent,
    long WebhooksFailed,
    long WebhookRetries,
    long PeakConcurrentCalls);
