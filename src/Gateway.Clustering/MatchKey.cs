using System.Globalization;

namespace Gateway.Clustering;

/// <summary>A key under which records are looked up as candidates for the same cluster, e.g. <c>isbn:9780198790655</c>.</summary>
/// <param name="Kind">What the key is.</param>
/// <param name="Value">The normalised value.</param>
public readonly record struct MatchKey(MatchKeyKind Kind, string Value)
{
    /// <summary>The key as stored and shown to operators: <c>oclc:…</c>, <c>isbn:…</c>, <c>issn:…</c> or <c>title:…</c>.</summary>
    public override string ToString() => Prefix(Kind) + Value;

    /// <summary>The keys of <paramref name="record"/>: each identifier, and the title key when the record has a title and a year.</summary>
    public static IReadOnlyList<MatchKey> Of(MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var keys = new List<MatchKey>(record.OclcNumbers.Count + record.Isbns.Count + record.Issns.Count + 1);
        keys.AddRange(record.OclcNumbers.Select(n => new MatchKey(MatchKeyKind.Oclc, n)));
        keys.AddRange(record.Isbns.Select(n => new MatchKey(MatchKeyKind.Isbn, n)));
        keys.AddRange(record.Issns.Select(n => new MatchKey(MatchKeyKind.Issn, n)));
        if (TitleKey(record) is { } title)
        {
            keys.Add(title);
        }

        return keys;
    }

    /// <summary>
    /// The title key: folded title proper, first author's surname (or the publisher when nobody is named), year,
    /// edition number, format and part; null without a title or a year, which would make it too loose.
    /// </summary>
    public static MatchKey? TitleKey(MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Title.Length == 0 || record.Year is not { } year)
        {
            return null;
        }

        var who = record.FirstAuthor ?? record.Publisher ?? string.Empty;
        var edition = record.EditionNumber?.ToString(CultureInfo.InvariantCulture) ?? "?";
        return new MatchKey(
            MatchKeyKind.TitleAuthor,
            string.Join('|', record.Title, who, year.ToString(CultureInfo.InvariantCulture), edition, record.Format, record.Part ?? string.Empty));
    }

    /// <summary>Reads a key as <see cref="ToString"/> writes it; null when it is not one.</summary>
    public static MatchKey? Parse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        foreach (var kind in Enum.GetValues<MatchKeyKind>())
        {
            var prefix = Prefix(kind);
            if (text.Length > prefix.Length && text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return new MatchKey(kind, text[prefix.Length..]);
            }
        }

        return null;
    }

    private static string Prefix(MatchKeyKind kind) => kind switch
    {
        MatchKeyKind.Oclc => "oclc:",
        MatchKeyKind.Isbn => "isbn:",
        MatchKeyKind.Issn => "issn:",
        _ => "title:",
    };
}
