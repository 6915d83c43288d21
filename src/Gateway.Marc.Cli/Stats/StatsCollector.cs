using Gateway.Marc.Cli.Lint;
using Gateway.Marc.Cli.Reading;

namespace Gateway.Marc.Cli.Stats;

/// <summary>Accumulates the figures of <c>stats</c> record by record; its size depends on the distinct tags and codes seen, not on the file.</summary>
internal sealed class StatsCollector
{
    private readonly DistinctRecordCounter _problemRecords = new();

    /// <summary>The record's distinct valid ISBN-13s (view path), reused from record to record.</summary>
    private readonly List<string> _isbns = [];

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

    /// <summary>
    /// The same figures as <see cref="AddRecord(MarcRecord)"/> from a binary record's view, making strings only for
    /// the identifier subfields (020 $a, 022 $a, 035 $a, 001 and 003), which are short and mostly shared: the
    /// identifiers are read as <see cref="DescriptionExtractor"/> reads them (valid ISBN-13s distinct, ISSNs
    /// non-blank, OCLC numbers from 035 "(OCoLC)" or from 001 when 003 is OCoLC).
    /// </summary>
    public void AddRecord(MarcRecordView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        Records++;
        var leader = view.Leader;
        Increment(Encodings, (char)leader[9]);
        Increment(RecordTypes, (char)leader[6]);

        var hasIsbn = false;
        var hasIssn = false;
        var hasOclc = false;
        string? field001 = null;
        string? field003 = null;
        _isbns.Clear();
        foreach (var field in view.Fields)
        {
            var tag = field.Tag;
            if (!Tags.TryGetValue(tag, out var count))
            {
                count = new TagCount(tag);
                Tags.Add(tag, count);
            }

            count.Add(Records);
            switch (field.TagNumber)
            {
                case 1:
                    field001 ??= field.GetString();
                    break;
                case 3:
                    field003 ??= field.GetString();
                    break;
                case 20:
                    foreach (var subfield in field.Subfields)
                    {
                        if (subfield.Code == 'a')
                        {
                            hasIsbn = true;
                            var verdict = IsbnCheck.Check(subfield.GetString());
                            if (verdict.Isbn13 is { } isbn13)
                            {
                                if (!_isbns.Contains(isbn13))
                                {
                                    _isbns.Add(isbn13);
                                }
                            }
                            else
                            {
                                InvalidIsbns++;
                            }
                        }
                    }

                    break;
                case 22:
                    foreach (var subfield in field.Subfields)
                    {
                        hasIssn |= subfield.Code == 'a' && !IsBlank(subfield.Value);
                    }

                    break;
                case 35:
                    foreach (var subfield in field.Subfields)
                    {
                        hasOclc |= subfield.Code == 'a' && OclcNumber.From035(subfield.GetString()) is not null;
                    }

                    break;
            }
        }

        hasOclc |= field001 is not null && field003 is not null
            && field003.AsSpan().Trim().Equals("OCoLC", StringComparison.OrdinalIgnoreCase)
            && OclcNumber.From001(field001) is not null;
        RecordsWithIsbn += hasIsbn ? 1 : 0;
        RecordsWithValidIsbn += _isbns.Count > 0 ? 1 : 0;
        ValidIsbn13s += _isbns.Count;
        RecordsWithIssn += hasIssn ? 1 : 0;
        RecordsWithOclcNumber += hasOclc ? 1 : 0;
    }

    /// <summary>Tags by occurrences (most first, then by tag), all of them or the first <paramref name="top"/>.</summary>
    public IReadOnlyList<TagCount> TopTags(int? top)
    {
        var ordered = Tags.Values
            .OrderByDescending(t => t.Occurrences)
            .ThenBy(t => t.Tag, StringComparer.Ordinal);
        return [.. top is { } n ? ordered.Take(n) : ordered];
    }

    /// <summary>True when the UTF-8 text is empty or white space only (as <see cref="string.Trim()"/> sees it).</summary>
    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b >= 0x80)
            {
                return System.Text.Encoding.UTF8.GetString(utf8).AsSpan().Trim().IsEmpty;
            }

            if (!char.IsWhiteSpace((char)b))
            {
                return false;
            }
        }

        return true;
    }

    private static void Increment(Dictionary<char, long> counts, char key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
