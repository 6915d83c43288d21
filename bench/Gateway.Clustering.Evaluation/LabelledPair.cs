namespace Gateway.Clustering.Evaluation;

/// <summary>Two source records, whether they truly are the same edition, and what kind of pair they are.</summary>
internal sealed record LabelledPair(CorpusRecord A, CorpusRecord B, bool Same, string Category);
