namespace Gateway.Clustering;

/// <summary>Splits records into the groups their own matches connect (connected components of <see cref="MatchRules.Decide"/>).</summary>
public static class ClusterGroups
{
    /// <summary>The groups of <paramref name="records"/>, each in the records' order; groups ordered by their first record.</summary>
    public static IReadOnlyList<IReadOnlyList<MatchRecord>> Of(IReadOnlyList<MatchRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var parent = Enumerable.Range(0, records.Count).ToArray();
        for (var i = 0; i < records.Count; i++)
        {
            for (var j = i + 1; j < records.Count; j++)
            {
                if (Find(parent, i) != Find(parent, j) && MatchRules.Decide(records[i], records[j]).IsMatch)
                {
                    parent[Find(parent, j)] = Find(parent, i);
                }
            }
        }

        return [.. Enumerable.Range(0, records.Count)
            .GroupBy(i => Find(parent, i))
            .OrderBy(g => g.Min())
            .Select(g => (IReadOnlyList<MatchRecord>)[.. g.Order().Select(i => records[i])])];
    }

    private static int Find(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }
}
