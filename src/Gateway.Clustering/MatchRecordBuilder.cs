using Gateway.Contracts;
using Gateway.Marc;

namespace Gateway.Clustering;

/// <summary>Builds the <see cref="MatchRecord"/> of a MARC 21 bibliographic record.</summary>
public static class MatchRecordBuilder
{
    private static readonly string[] RunInSeparators = [" : ", " = ", " / "];

    /// <summary>The match record of <paramref name="record"/>, whose source id is <paramref name="sourceId"/>.</summary>
    public static MatchRecord Build(string sourceId, MarcRecord record) =>
        Build(sourceId, record, DescriptionExtractor.Extract(record));

    /// <summary>
    /// The match record of a source record known only by its description (its MARC missing or unreadable): the title
    /// proper is the description's title before " : ", and no part is known.
    /// </summary>
    public static MatchRecord Build(string sourceId, BibliographicDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var title = description.Title == DescriptionExtractor.Untitled ? string.Empty : description.Title;
        var record = new MarcRecord("00000nam a2200000 i 4500", [new DataField("245", '0', '0', [new Subfield('a', title)])]);
        return Build(sourceId, record, description);
    }

    /// <summary>The match record of <paramref name="record"/>, reusing a description already extracted from it.</summary>
    public static MatchRecord Build(string sourceId, MarcRecord record, BibliographicDescription description)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceId);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(description);

        var title = record.DataFields("245").FirstOrDefault();
        return new MatchRecord
        {
            SourceId = sourceId,
            Title = title is null ? TextFolding.FoldTitle(description.Title) : TitleProper(title),
            Subtitle = NullIfEmpty(TextFolding.Fold(title?.FirstValue('b'))),
            Part = title is null ? null : PartDesignation.Fold(title.Values('n'), title.Values('p')),
            FirstAuthor = description.Authors.Count > 0 ? TextFolding.Surname(description.Authors[0]) : null,
            Year = description.PublicationYear,
            EditionNumber = EditionStatement.Number(description.Edition),
            Format = description.Format ?? "other",
            Isbns = description.Isbns,
            Issns = [.. description.Issns.Select(i => i.Trim().ToUpperInvariant()).Distinct(StringComparer.Ordinal)],
            OclcNumbers = [.. description.OclcNumbers.Select(n => n.TrimStart('0')).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal)],
            Publisher = NullIfEmpty(TextFolding.Fold(description.Publisher)),
        };
    }

    // 245 $a (or $k), without the non-filing characters that the second indicator counts, cut at ISBD's " : ", " = "
    // or " / " where a subtitle, parallel title or statement of responsibility was run into $a, then without an
    // English leading article for records whose indicator was left at 0.
    private static string TitleProper(DataField field)
    {
        var main = field.FirstValue('a') ?? field.FirstValue('k') ?? string.Empty;
        if (field.Indicator2 is >= '1' and <= '9' && main.Length > field.Indicator2 - '0')
        {
            main = main[(field.Indicator2 - '0')..];
        }

        foreach (var separator in RunInSeparators)
        {
            var at = main.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0)
            {
                main = main[..at];
            }
        }

        return TextFolding.FoldTitle(main);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
