namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>POST /_sim/webhooks/replay: from which sequence number, and how many events were queued again.</summary>
internal sealed record ReplayResponse(long From, int Replayed);
