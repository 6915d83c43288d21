namespace Gateway.Clustering.Evaluation;

/// <summary>What the labelled corpus is made of.</summary>
internal sealed record CorpusOptions
{
    public int Seed { get; init; } = 6;

    public int RecordsPerSystem { get; init; } = 20_000;

    public IReadOnlyList<string> Systems { get; init; } = LabelledCorpus.DemoSystems;

    public NoiseOptions Noise { get; init; } = new();

    public TrapOptions Traps { get; init; } = new();
}
