using Gateway.Contracts;

namespace Gateway.Marc;

/// <summary>Extracts the shared <see cref="BibliographicDescription"/> from a MARC 21 bibliographic record.</summary>
public static class DescriptionExtractor
{
    /// <summary>The title used when a record has no 245 title.</summary>
    public const string Untitled = "[untitled]";

    /// <summary>
    /// The tags of the fields <see cref="Extract"/> reads (besides the leader): a record holding only these of its
    /// fields, in their order, has the same description (so a caller reading views need make only these; decision 0031).
    /// </summary>
    public static bool ReadsField(string tag) => FieldScan.ReadsField(tag);

    /// <summary>
    /// Title (245 $a " : " $b), authors (100/110 then 700/710 $a), ISBN-13s (valid 020 $a only), ISSNs (022 $a),
    /// OCLC numbers (035 $a "(OCoLC)…", or 001 when 003 is "OCoLC"), publisher (264 ind2 1 $b, else 260 $b),
    /// year (008/07-10, else 264/260 $c), edition (250 $a), language (008/35-37), format (leader/06-07) and
    /// subjects (650 $a). Trailing ISBD punctuation is trimmed; lists are distinct, in record order.
    /// </summary>
    public static BibliographicDescription Extract(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        var scan = new FieldScan(record);
        return new BibliographicDescription
        {
            Title = Title(scan.Title),
            Authors = scan.Authors,
            Isbns = scan.Isbns,
            RejectedIsbns = scan.RejectedIsbns,
            Issns = scan.Issns,
            OclcNumbers = scan.OclcNumbers,
            Publisher = Punctuation.TrimTrailing(scan.Publisher264 ?? scan.Publisher260),
            PublicationYear = Year(scan.Field008, scan.Date264, scan.Date260, scan.DateOther264),
            Edition = Punctuation.TrimTrailing(scan.Edition),
            Language = Language(scan.Field008),
            Format = FormatOf(record.Leader, scan),
            Subjects = scan.Subjects,
        };
    }

    private static string Title(DataField? field)
    {
        if (field is null)
        {
            return Untitled;
        }

        var main = Punctuation.TrimTrailing(field.FirstValue('a') ?? field.FirstValue('k'));
        var rest = Punctuation.TrimTrailing(field.FirstValue('b'));
        if (main is null)
        {
            return rest ?? Untitled;
        }

        return rest is null ? main : $"{main} : {rest}";
    }

    private static int? Year(string? field008, params string?[] dates)
    {
        if (field008 is { Length: >= 11 } && TryYear(field008.AsSpan(7, 4), out var year))
        {
            return year;
        }

        foreach (var date in dates)
        {
            if (date is null)
            {
                continue;
            }

            var span = date.AsSpan();
            for (var i = 0; i + 4 <= span.Length; i++)
            {
                var before = i == 0 || !char.IsAsciiDigit(span[i - 1]);
                var after = i + 4 == span.Length || !char.IsAsciiDigit(span[i + 4]);
                if (before && after && TryYear(span.Slice(i, 4), out year))
                {
                    return year;
                }
            }
        }

        return null;
    }

    private static bool TryYear(ReadOnlySpan<char> four, out int year)
    {
        year = 0;
        foreach (var c in four)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            year = (year * 10) + (c - '0');
        }

        return true;
    }

    private static string? Language(string? field008)
    {
        if (field008 is not { Length: >= 38 })
        {
            return null;
        }

        var code = field008.AsSpan(35, 3);
        foreach (var c in code)
        {
            if (!char.IsAsciiLetter(c))
            {
                return null;
            }
        }

        return code.ToString();
    }

    private static string FormatOf(string leader, FieldScan scan)
    {
        var type = leader[6];
        var level = leader[7];
        switch (type)
        {
            case 'a' or 't' when level == 'm':
                return IsElectronic(scan) ? "ebook" : "book";
            case 'a' or 't' when level == 's':
                return "serial";
            case 'g' or 'k' or 'o' or 'r':
                return "visual";
            case 'i' or 'j':
                return "audio";
            case 'm':
                return "computer-file";
            default:
                return "other";
        }
    }

    private static bool IsElectronic(FieldScan scan)
    {
        if (scan.Field008 is { Length: >= 24 } and var f008 && f008[23] is 'o' or 's')
        {
            return true;
        }

        foreach (var f006 in scan.Fields006)
        {
            if (f006.Length >= 7 && f006[0] is 'a' or 't' && f006[6] is 'o' or 's')
            {
                return true;
            }
        }

        var medium = scan.Title?.FirstValue('h');
        return medium is not null && medium.Contains("electronic", StringComparison.OrdinalIgnoreCase);
    }
}
