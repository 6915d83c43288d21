using System.Globalization;
using Gateway.Clustering;
using Gateway.Contracts;

namespace Gateway.Catalogue.Search;

/// <summary>
/// A cluster's searchable text and summary, from its members' descriptions (decision 0021). Searched: titles (with
/// subtitles) in one column; names, subjects, publishers, editions and years in the other. Shown: the preferred
/// member's title, names, year and format — the member with identifiers, then the longest description, then by
/// source id, so the same members always give the same hit — and every member's identifiers.
/// </summary>
internal sealed record SearchDocument(string TitleText, string OtherText, int TitleWords, string Title, SearchSummary Summary)
{
    /// <summary>The document of a cluster whose members (source id → description) are given; at least one.</summary>
    public static SearchDocument Of(IReadOnlyDictionary<string, BibliographicDescription> members)
    {
        ArgumentOutOfRangeException.ThrowIfZero(members.Count);
        var ordered = members.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => m.Value).ToList();
        var preferred = ordered
            .OrderByDescending(d => d.Isbns.Count + d.Issns.Count + d.OclcNumbers.Count > 0)
            .ThenByDescending(Length)
            .First();

        var titles = Distinct(ordered.Select(d => TextFolding.Fold(d.Title)));
        var other = Distinct(ordered.SelectMany(d => d.Authors.Select(TextFolding.Fold)
            .Concat(d.Subjects.Select(TextFolding.Fold))
            .Append(TextFolding.Fold(d.Publisher))
            .Append(TextFolding.Fold(d.Edition))
            .Append(d.PublicationYear?.ToString(CultureInfo.InvariantCulture) ?? "")));
        var titleWords = titles.Count == 0 ? 0 : titles.Min(t => t.Count(c => c == ' ') + 1);

        var summary = new SearchSummary(
            preferred.Authors,
            preferred.PublicationYear ?? ordered.Select(d => d.PublicationYear).FirstOrDefault(y => y is not null),
            preferred.Format ?? ordered.Select(d => d.Format).FirstOrDefault(f => f is not null),
            Distinct(ordered.SelectMany(d => d.Isbns)),
            Distinct(ordered.SelectMany(d => d.Issns)),
            Distinct(ordered.SelectMany(d => d.OclcNumbers)));
        return new SearchDocument(string.Join(' ', titles), string.Join(' ', other), titleWords, preferred.Title, summary);
    }

    private static int Length(BibliographicDescription d) =>
        d.Title.Length + d.Authors.Sum(a => a.Length) + d.Subjects.Sum(s => s.Length) + (d.Publisher?.Length ?? 0) + (d.Edition?.Length ?? 0);

    private static List<string> Distinct(IEnumerable<string> values) =>
        [.. values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal)];
}
