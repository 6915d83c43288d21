using System.Globalization;
using Gateway.Clustering.Evaluation;

// Usage: Gateway.Clustering.Evaluation [--records N] [--seed S] [--positives P] [--negatives Q]
var options = new CorpusOptions();
int positives = 5_000, negatives = 5_000;
for (var i = 0; i + 1 < args.Length; i += 2)
{
    var value = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
    switch (args[i])
    {
        case "--records": options = options with { RecordsPerSystem = value }; break;
        case "--seed": options = options with { Seed = value }; break;
        case "--positives": positives = value; break;
        case "--negatives": negatives = value; break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

var corpus = LabelledCorpus.Build(options);
var result = ClusteringEvaluation.Run(corpus, positives, negatives, options.Seed);
EvaluationReport.Write(Console.Out, options, corpus, result);
return 0;
