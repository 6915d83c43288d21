using Gateway.Marc.Cli.Lint;
using Gateway.Marc.Cli.Reading;

namespace Gateway.Marc.Cli.Stats;

/// <summary>Accumulates the figures of <c>stats</c> record by record; its size depends on the distinct tags and codes seen, not on the file.</summary>
internal sealed class StatsCollector
{
    private readonly DistinctRecordCounter _problemRecords = new();

    public long Records { get; private set; }

    public long Problems { get; private set; }

    public long RecordsWithProblems => _problemRecords.Count;

    /// <summary>Counts by leader/09.</summary>
    public Dictionary<char, long> Encodings { get; } = [];

    /// <summary>Counts by leader/06.</summary>
    public Dictionary<char, long> RecordTypes { get; } = [];

    public Dictionary<string, TagCount> Tags { get; } = new(StringComparer.Ordinal);

    /// <summary>Records with at least one 020 $a, valid or not.</summary>
    public long RecordsWithIsbn { get; private set; }

    /// <summary>Records with at least one valid ISBN.</summary>
    public long RecordsWithValidIsbn { get; private set; }

    /// <summary>Valid ISBNs, normalised to ISBN-13 and counted once per record.</summary>
    public long ValidIsbn13s { get; private set; }

    /// <summary>020 $a values that are not a valid ISBN.</summary>
    public long InvalidIsbns { get; private set; }

    public long RecordsWithIssn { get; private set; }

    public long RecordsWithOclcNumber { get; private set; }

    public void AddProblem(MarcProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problems++;
        _problemRecords.Add(problem.RecordNumber);
    }

    public void AddRecord(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        Records++;
        Increment(Encodings, record.Leader[9]);
        Increment(RecordTypes, record.Leader[6]);

        var hasIsbn = false;
        foreach (var field in record.Fields)
        {
            if (!Tags.TryGetValue(field.Tag, out var count))
            {
                count = new TagCount(field.Tag);
                Tags.Add(field.Tag, count);
            }

            count.Add(Records);
            if (field is DataField { Tag: "020" } isbnField)
            {
                foreach (var value in isbnField.Values('a'))
                {
                    hasIsbn = true;
                    if (!IsbnCheck.Check(value).IsValid)
                    {
                        InvalidIsbns++;
                    }
                }
            }
        }

        // The extractor is the catalogue's own reading of identifiers (all the OCLC spellings, ISBN-13 normalisation).
        var description = DescriptionExtractor.Extract(record);
        RecordsWithIsbn += hasIsbn ? 1 : 0;
        RecordsWithValidIsbn += description.Isbns.Count > 0 ? 1 : 0;
        ValidIsbn13s += description.Isbns.Count;
        RecordsWithIssn += description.Issns.Count > 0 ? 1 : 0;
        RecordsWithOclcNumber += description.OclcNumbers.Count > 0 ? 1 : 0;
    }

    /// <summary>Tags by occurrences (most first, then by tag), all of them or the first <paramref name="top"/>.</summary>
    public IReadOnlyList<TagCount> TopTags(int? top)
    {
        var ordered = Tags.Values
            .OrderByDescending(t => t.Occurrences)
            .ThenBy(t => t.Tag, StringComparer.Ordinal);
        return [.. top is { } n ? ordered.Take(n) : ordered];
    }

    private static void Increment(Dictionary<char, long> counts, char key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
