namespace Gateway.Clustering;

/// <summary>
/// The rules that decide whether two source records describe the same edition. A shared key proposes a match; a
/// conflict vetoes it. Conflicts guard against the known false merges:
/// <list type="bullet">
/// <item>print and e-book (or any two formats) are never one edition, even when the e-book record carries the print ISBN;</item>
/// <item>volumes of a multi-volume set share the set's ISBN but differ in part (245 $n $p);</item>
/// <item>an ISBN re-used by the publisher for a later edition: the edition numbers or years differ;</item>
/// <item>a wrong identifier: the titles have nothing in common.</item>
/// </list>
/// A title key alone is weaker than an identifier, so it is also vetoed when the two records carry different
/// identifiers of the same kind (both have ISBNs and none is shared, and so on), and between two records of the same
/// system: a system's own catalogue keeping two records apart is evidence that they differ (a local annual report
/// and next year's), which only a shared identifier outweighs.
/// </summary>
public static class MatchRules
{
    /// <summary>Years of publication may differ by this much (a copyright date against the printing, 008 against 264 $c).</summary>
    public const int YearTolerance = 1;

    /// <summary>Token overlap (Jaccard) at or above which two different titles still count as the same title.</summary>
    public const double TitleSimilarity = 0.75;

    /// <summary>The decision for <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static MatchDecision Decide(MatchRecord a, MatchRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        var key = StrongestSharedKey(a, b);
        if (key is null)
        {
            return new MatchDecision(null, null);
        }

        var conflict = Conflict(a, b);
        if (conflict is null && key.Value.Kind == MatchKeyKind.TitleAuthor)
        {
            conflict = string.Equals(a.SystemId, b.SystemId, StringComparison.Ordinal)
                ? "same system, and only the title key is shared"
                : IdentifierConflict(a, b);
        }

        return new MatchDecision(key, conflict);
    }

    /// <summary>
    /// Why <paramref name="a"/> and <paramref name="b"/> cannot be the same edition whatever key they share, or null.
    /// Every member of a cluster must be free of conflict with every other (so one record cannot chain two editions
    /// together).
    /// </summary>
    public static string? Conflict(MatchRecord a, MatchRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        if (!string.Equals(a.Format, b.Format, StringComparison.Ordinal))
        {
            return $"format differs ({a.Format} / {b.Format})";
        }

        if (!string.Equals(a.Part, b.Part, StringComparison.Ordinal))
        {
            return $"part differs ({a.Part ?? "whole"} / {b.Part ?? "whole"})";
        }

        if (a.EditionNumber is { } ea && b.EditionNumber is { } eb && ea != eb)
        {
            return $"edition differs ({ea} / {eb})";
        }

        if (a.Year is { } ya && b.Year is { } yb && Math.Abs(ya - yb) > YearTolerance)
        {
            return $"year differs ({ya} / {yb})";
        }

        if (!SimilarTitles(a.Title, b.Title))
        {
            return "titles differ";
        }

        return null;
    }

    /// <summary>
    /// True when two folded titles are equal, one starts the other at a word boundary (a subtitle run into the title),
    /// they differ by a typing slip (an edit distance of at most one character in ten), or their words mostly overlap.
    /// </summary>
    public static bool SimilarTitles(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length == 0 || b.Length == 0 || string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        if (longer.StartsWith(shorter, StringComparison.Ordinal) && longer[shorter.Length] == ' ')
        {
            return true;
        }

        if (WithinEdits(a, b, Math.Max(1, Math.Max(a.Length, b.Length) / 10)))
        {
            return true;
        }

        var wordsA = a.Split(' ').ToHashSet(StringComparer.Ordinal);
        var wordsB = b.Split(' ').ToHashSet(StringComparer.Ordinal);
        var shared = wordsA.Count(wordsB.Contains);
        return shared / (double)(wordsA.Count + wordsB.Count - shared) >= TitleSimilarity;
    }

    // Levenshtein distance of at most `limit`, computed only along the band that can stay within it.
    private static bool WithinEdits(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return false;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return false;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= limit;
    }

    private static string? IdentifierConflict(MatchRecord a, MatchRecord b)
    {
        if (Disjoint(a.OclcNumbers, b.OclcNumbers))
        {
            return "different OCLC numbers";
        }

        if (Disjoint(a.Isbns, b.Isbns))
        {
            return "different ISBNs";
        }

        return Disjoint(a.Issns, b.Issns) ? "different ISSNs" : null;
    }

    private static bool Disjoint(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count > 0 && b.Count > 0 && !a.Any(b.Contains);

    private static MatchKey? StrongestSharedKey(MatchRecord a, MatchRecord b)
    {
        if (Shared(a.OclcNumbers, b.OclcNumbers) is { } oclc)
        {
            return new MatchKey(MatchKeyKind.Oclc, oclc);
        }

        if (Shared(a.Isbns, b.Isbns) is { } isbn)
        {
            return new MatchKey(MatchKeyKind.Isbn, isbn);
        }

        if (Shared(a.Issns, b.Issns) is { } issn)
        {
            return new MatchKey(MatchKeyKind.Issn, issn);
        }

        var titleA = MatchKey.TitleKey(a);
        return titleA is not null && titleA == MatchKey.TitleKey(b) ? titleA : null;
    }

    private static string? Shared(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        foreach (var value in a)
        {
            if (b.Contains(value))
            {
                return value;
            }
        }

        return null;
    }
}
