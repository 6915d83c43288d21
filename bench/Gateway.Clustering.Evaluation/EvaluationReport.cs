using System.Globalization;

namespace Gateway.Clustering.Evaluation;

/// <summary>Prints an evaluation for people: the corpus, the headline figures against the goals, the categories and examples of errors.</summary>
internal static class EvaluationReport
{
    public const double PrecisionGoal = 0.995;
    public const double RecallGoal = 0.95;

    public static void Write(TextWriter output, CorpusOptions options, IReadOnlyList<CorpusRecord> corpus, EvaluationResult result)
    {
        var c = CultureInfo.InvariantCulture;
        var marc8 = corpus.Count(r => r.Record.Leader[9] == ' ');
        output.WriteLine(string.Create(c, $"corpus: {result.Records:N0} records in {options.Systems.Count} systems (seed {options.Seed}, {options.RecordsPerSystem:N0} generated a system), {result.Editions:N0} editions, {marc8:N0} arrived in MARC-8"));
        foreach (var trap in corpus.Where(r => r.Trap is not null).GroupBy(r => r.Trap!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine(string.Create(c, $"  trap {trap.Key}: {trap.Count():N0} records"));
        }

        output.WriteLine(string.Create(c, $"clustering: {result.Clusters:N0} clusters in {result.ClusteringTime.TotalSeconds:F1} s ({result.Records / result.ClusteringTime.TotalSeconds:N0} records/s, in memory)"));
        output.WriteLine(string.Create(c, $"labelled pairs: {result.Labelled.Total:N0} ({result.Labelled.TruePositives + result.Labelled.FalseNegatives:N0} same edition, {result.Labelled.Total - result.Labelled.TruePositives - result.Labelled.FalseNegatives:N0} hard negatives)"));
        Headline(output, "labelled", result.Labelled);
        Headline(output, "all pairs", result.AllPairs);
        output.WriteLine("by category (pairs, predicted together, wrong):");
        foreach (var (category, counts) in result.ByCategory)
        {
            var together = counts.TruePositives + counts.FalsePositives;
            var wrong = counts.FalsePositives + counts.FalseNegatives;
            output.WriteLine(string.Create(c, $"  {category,-34} {counts.Total,7:N0} {together,7:N0} {wrong,6:N0}"));
        }

        Examples(output, "false merges", result.FalseMerges);
        Examples(output, "missed matches", result.Misses);
    }

    private static void Headline(TextWriter output, string label, PairCounts counts)
    {
        var verdict = counts.Precision >= PrecisionGoal && counts.Recall >= RecallGoal ? "goal met" : "goal NOT met";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: precision {counts.Precision:F4} (goal {PrecisionGoal}), recall {counts.Recall:F4} (goal {RecallGoal}) — {verdict}; TP {counts.TruePositives:N0}, FP {counts.FalsePositives:N0}, FN {counts.FalseNegatives:N0}"));
    }

    private static void Examples(TextWriter output, string label, IReadOnlyList<string> examples)
    {
        if (examples.Count == 0)
        {
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label} (first {examples.Count}):"));
        foreach (var example in examples)
        {
            output.WriteLine("  " + example);
        }
    }
}
