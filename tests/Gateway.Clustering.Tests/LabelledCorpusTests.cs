using Gateway.Clustering.Evaluation;

namespace Gateway.Clustering.Tests;

/// <summary>
/// The clustering measured against the generator's truth on a small labelled corpus (the full-size figure is the
/// evaluation command's, in docs/benchmarks.md): the issue's goals, precision ≥ 0.995 and recall ≥ 0.95, hold, and
/// every false-merge trap is kept apart.
/// </summary>
public sealed class LabelledCorpusTests
{
    private static readonly Lazy<(IReadOnlyList<CorpusRecord> Corpus, EvaluationResult Result)> Run = new(() =>
    {
        var corpus = LabelledCorpus.Build(new CorpusOptions { RecordsPerSystem = 2_000, Seed = 11 });
        return (corpus, ClusteringEvaluation.Run(corpus, positives: 1_000, negatives: 1_000, seed: 11));
    });

    [Fact]
    public void The_corpus_has_the_noise_and_traps_it_claims()
    {
        var corpus = Run.Value.Corpus;
        Assert.Contains(corpus, r => r.Record.Leader[9] == ' ');
        Assert.Contains(corpus, r => r.Trap == TrapKind.ReusedIsbn);
        Assert.Contains(corpus, r => r.Trap == TrapKind.EbookWithPrintIsbn);
        Assert.Contains(corpus, r => r.Trap == TrapKind.SetVolumes);
        Assert.Contains(corpus, r => r.Record.DataFields("264").Any());
        Assert.Contains(corpus, r => r.Record.DataFields("260").Any());
    }

    [Fact]
    public void At_least_a_thousand_labelled_pairs_each_way()
    {
        var labelled = Run.Value.Result.Labelled;
        Assert.Equal(2_000, labelled.Total);
        Assert.Equal(1_000, labelled.TruePositives + labelled.FalseNegatives);
    }

    [Fact]
    public void Precision_and_recall_meet_the_goals()
    {
        var result = Run.Value.Result;
        Assert.True(result.Labelled.Precision >= EvaluationReport.PrecisionGoal, $"labelled precision {result.Labelled.Precision:F4}; {string.Join(" | ", result.FalseMerges)}");
        Assert.True(result.Labelled.Recall >= EvaluationReport.RecallGoal, $"labelled recall {result.Labelled.Recall:F4}; {string.Join(" | ", result.Misses)}");
        Assert.True(result.AllPairs.Precision >= EvaluationReport.PrecisionGoal, $"precision over all pairs {result.AllPairs.Precision:F4}");
        Assert.True(result.AllPairs.Recall >= EvaluationReport.RecallGoal, $"recall over all pairs {result.AllPairs.Recall:F4}");
    }

    [Theory]
    [InlineData(TrapKind.ReusedIsbn)]
    [InlineData(TrapKind.EbookWithPrintIsbn)]
    [InlineData(TrapKind.SetVolumes)]
    public void Every_trap_is_kept_apart(string trap)
    {
        var (_, counts) = Assert.Single(Run.Value.Result.ByCategory, c => c.Category == trap);
        Assert.True(counts.Total > 0);
        Assert.Equal(0, counts.FalsePositives);
    }
}
