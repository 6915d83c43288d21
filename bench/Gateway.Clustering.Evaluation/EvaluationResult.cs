namespace Gateway.Clustering.Evaluation;

/// <summary>Precision and recall of one clustering run, over the labelled pairs and over every pair of the corpus.</summary>
internal sealed record EvaluationResult
{
    public required int Records { get; init; }

    public required int Clusters { get; init; }

    public required int Editions { get; init; }

    public required TimeSpan ClusteringTime { get; init; }

    public required PairCounts Labelled { get; init; }

    public required PairCounts AllPairs { get; init; }

    public required IReadOnlyList<(string Category, PairCounts Counts)> ByCategory { get; init; }

    public required IReadOnlyList<string> FalseMerges { get; init; }

    public required IReadOnlyList<string> Misses { get; init; }
}

/// <summary>Pair counts: truly same and predicted same (true positives), predicted same but different, truly same but apart.</summary>
internal sealed record PairCounts(long TruePositives, long FalsePositives, long FalseNegatives, long Total)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);
}
