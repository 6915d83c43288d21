namespace Gateway.Clustering.Evaluation;

/// <summary>
/// Draws the labelled pairs: positives uniformly from every pair of records of one edition in different systems, and
/// hard negatives — pairs of different editions that a naive matcher would join because they share a match key
/// (ISBN, OCLC number, ISSN or title key) or belong to the same work — each labelled with its trap or kind.
/// </summary>
internal static class PairSampler
{
    public static IReadOnlyList<LabelledPair> Sample(IReadOnlyList<CorpusRecord> records, IReadOnlyDictionary<string, MatchRecord> matches, int positives, int negatives, int seed)
    {
        var random = new Random(seed);
        var same = Reservoir<LabelledPair>(positives, random);
        foreach (var group in records.GroupBy(r => r.Truth).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            for (var i = 0; i < members.Count; i++)
            {
                for (var j = i + 1; j < members.Count; j++)
                {
                    if (members[i].SystemId != members[j].SystemId)
                    {
                        same.Offer(new LabelledPair(members[i], members[j], true, Category(members[i], members[j], true)));
                    }
                }
            }
        }

        var seen = new HashSet<(string, string)>();
        var different = Reservoir<LabelledPair>(negatives, random);
        void Consider(IReadOnlyList<CorpusRecord> group)
        {
            for (var i = 0; i < group.Count && i < 64; i++)
            {
                for (var j = i + 1; j < group.Count && j < 64; j++)
                {
                    var (a, b) = string.CompareOrdinal(group[i].SourceId, group[j].SourceId) < 0 ? (group[i], group[j]) : (group[j], group[i]);
                    if (a.Truth != b.Truth && seen.Add((a.SourceId, b.SourceId)))
                    {
                        different.Offer(new LabelledPair(a, b, false, Category(a, b, false)));
                    }
                }
            }
        }

        var bySource = records.ToDictionary(r => r.SourceId, StringComparer.Ordinal);
        foreach (var group in records.SelectMany(r => MatchKey.Of(matches[r.SourceId]).Select(k => (Key: k, Record: r))).GroupBy(p => p.Key))
        {
            Consider([.. group.Select(p => p.Record)]);
        }

        foreach (var group in records.GroupBy(r => r.WorkKey))
        {
            Consider([.. group]);
        }

        return [.. same.Items, .. different.Items];
    }

    private static string Category(CorpusRecord a, CorpusRecord b, bool same) =>
        (a.Trap ?? b.Trap) is { } trap ? trap + (same ? " (same)" : "")
        : same ? "same edition"
        : a.WorkKey == b.WorkKey ? "other edition of the work"
        : "shares a key";

    private static ReservoirSample<T> Reservoir<T>(int size, Random random) => new(size, random);
}
