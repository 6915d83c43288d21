namespace Gateway.Catalogue.Benchmarks;

/// <summary>The search benchmark's catalogue (records in all, systems, seed, store) and load (client counts, run one after the other; seconds).</summary>
internal sealed record SearchArguments(
    int Records, int Systems, int Seed, string Provider, string? ConnectionString, IReadOnlyList<int> Clients, int Seconds, int WarmUpSeconds);
