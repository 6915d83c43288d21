namespace Gateway.Catalogue.Benchmarks;

/// <summary>What to ingest, and where.</summary>
internal sealed record IngestArguments(int Systems, int RecordsPerSystem, int Seed, string Provider, string? ConnectionString);
