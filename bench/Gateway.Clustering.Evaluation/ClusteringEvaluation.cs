using System.Diagnostics;

namespace Gateway.Clustering.Evaluation;

/// <summary>Clusters the labelled corpus the way the catalogue does (one record at a time) and scores the result against the truth.</summary>
internal static class ClusteringEvaluation
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    public static EvaluationResult Run(IReadOnlyList<CorpusRecord> corpus, int positives, int negatives, int seed)
    {
        var matches = corpus.ToDictionary(r => r.SourceId, r => MatchRecordBuilder.Build(r.SourceId, r.Record), StringComparer.Ordinal);
        var order = corpus.Select(r => r.SourceId).ToArray();
        new Random(seed).Shuffle(order);

        var set = new ClusterSet();
        var watch = Stopwatch.StartNew();
        foreach (var id in order)
        {
            set.Upsert(matches[id], At);
        }

        watch.Stop();
        var clusterOf = corpus.ToDictionary(r => r.SourceId, r => set.Find(r.SourceId)!.ClusterId, StringComparer.Ordinal);
        var pairs = PairSampler.Sample(corpus, matches, positives, negatives, seed);
        bool Together(LabelledPair p) => clusterOf[p.A.SourceId] == clusterOf[p.B.SourceId];

        return new EvaluationResult
        {
            Records = corpus.Count,
            Clusters = set.ClusterIds.Count,
            Editions = corpus.Select(r => r.Truth).Distinct(StringComparer.Ordinal).Count(),
            ClusteringTime = watch.Elapsed,
            Labelled = Count(pairs, Together),
            AllPairs = AllPairs(corpus, clusterOf),
            ByCategory = [.. pairs.GroupBy(p => p.Category).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Count([.. g], Together)))],
            FalseMerges = [.. pairs.Where(p => !p.Same && Together(p)).Take(10).Select(p => Describe(p, matches))],
            Misses = [.. pairs.Where(p => p.Same && !Together(p)).Take(10).Select(p => Describe(p, matches))],
        };
    }

    private static PairCounts Count(IReadOnlyList<LabelledPair> pairs, Func<LabelledPair, bool> together)
    {
        long tp = 0, fp = 0, fn = 0;
        foreach (var pair in pairs)
        {
            var predicted = together(pair);
            tp += pair.Same && predicted ? 1 : 0;
            fp += !pair.Same && predicted ? 1 : 0;
            fn += pair.Same && !predicted ? 1 : 0;
        }

        return new PairCounts(tp, fp, fn, pairs.Count);
    }

    // Over every pair of records: predicted pairs are those within a cluster, true pairs those within an edition.
    private static PairCounts AllPairs(IReadOnlyList<CorpusRecord> corpus, Dictionary<string, string> clusterOf)
    {
        static long Pairs(long n) => n * (n - 1) / 2;
        var predicted = corpus.GroupBy(r => clusterOf[r.SourceId]).Sum(g => Pairs(g.Count()));
        var truth = corpus.GroupBy(r => r.Truth).Sum(g => Pairs(g.Count()));
        var both = corpus.GroupBy(r => (clusterOf[r.SourceId], r.Truth)).Sum(g => Pairs(g.Count()));
        return new PairCounts(both, predicted - both, truth - both, Pairs(corpus.Count));
    }

    private static string Describe(LabelledPair pair, Dictionary<string, MatchRecord> matches)
    {
        var a = matches[pair.A.SourceId];
        var b = matches[pair.B.SourceId];
        var decision = MatchRules.Decide(a, b);
        return $"[{pair.Category}] {a.SourceId} ({pair.A.Truth}) / {b.SourceId} ({pair.B.Truth}): key {decision.Key?.ToString() ?? "none"}, "
            + $"conflict {decision.Conflict ?? "none"}; titles \"{a.Title}\" / \"{b.Title}\", years {a.Year}/{b.Year}, "
            + $"editions {a.EditionNumber}/{b.EditionNumber}, authors {a.FirstAuthor}/{b.FirstAuthor}, isbns {string.Join(",", a.Isbns)}/{string.Join(",", b.Isbns)}";
    }
}
