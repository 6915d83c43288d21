namespace Gateway.Marc;

/// <summary>One pass over a record collecting what <see cref="DescriptionExtractor"/> needs.</summary>
internal sealed class FieldScan
{
    /// <summary>Every tag the scan reads: keep in step with the switches below (tests compare descriptions of whole and partial records).</summary>
    private static readonly HashSet<string> Read = new(StringComparer.Ordinal)
    {
        "001", "003", "006", "008", "020", "022", "035", "100", "110", "245", "250", "260", "264", "650", "700", "710",
    };

    /// <summary>True for a tag whose fields the scan reads.</summary>
    public static bool ReadsField(string tag) => Read.Contains(tag);

    public FieldScan(MarcRecord record)
    {
        string? field001 = null;
        string? field003 = null;
        var fields = record.Fields;
        var addedAuthors = new List<string>();
        for (var i = 0; i < fields.Count; i++)
        {
            switch (fields[i])
            {
                case ControlField control:
                    switch (control.Tag)
                    {
                        case "001": field001 ??= control.Value; break;
                        case "003": field003 ??= control.Value; break;
                        case "006": Fields006.Add(control.Value); break;
                        case "008": Field008 ??= control.Value; break;
                    }

                    break;
                case DataField data:
                    Collect(data, addedAuthors);
                    break;
            }
        }

        foreach (var author in addedAuthors)
        {
            AddDistinct(Authors, author);
        }

        if (field001 is not null && field003 is not null && field003.AsSpan().Trim().Equals("OCoLC", StringComparison.OrdinalIgnoreCase))
        {
            AddDistinct(OclcNumbers, OclcNumber.From001(field001));
        }
    }

    public string? Field008 { get; private set; }

    public List<string> Fields006 { get; } = [];

    public DataField? Title { get; private set; }

    public List<string> Authors { get; } = [];

    public List<string> Isbns { get; } = [];

    public List<Gateway.Contracts.RejectedIdentifier> RejectedIsbns { get; } = [];

    public List<string> Issns { get; } = [];

    public List<string> OclcNumbers { get; } = [];

    public List<string> Subjects { get; } = [];

    public string? Publisher264 { get; private set; }

    public string? Publisher260 { get; private set; }

    public string? Date264 { get; private set; }

    public string? DateOther264 { get; private set; }

    public string? Date260 { get; private set; }

    public string? Edition { get; private set; }

    private void Collect(DataField data, List<string> addedAuthors)
    {
        switch (data.Tag)
        {
            case "020":
                foreach (var subfield in data.Subfields)
                {
                    if (subfield.Code != 'a')
                    {
                        continue;
                    }

                    var verdict = IsbnCheck.Check(subfield.Value);
                    if (verdict.Isbn13 is not null)
                    {
                        AddDistinct(Isbns, verdict.Isbn13);
                    }
                    else if (verdict.Problem is not null)
                    {
                        RejectedIsbns.Add(new Gateway.Contracts.RejectedIdentifier { Value = subfield.Value, Reason = verdict.Problem });
                    }
                }

                break;
            case "022":
                AddAll(Issns, data, 'a', trimPunctuation: false);
                break;
            case "035":
                foreach (var subfield in data.Subfields)
                {
                    if (subfield.Code == 'a')
                    {
                        AddDistinct(OclcNumbers, OclcNumber.From035(subfield.Value));
                    }
                }

                break;
            case "100" or "110":
                AddAll(Authors, data, 'a', trimPunctuation: true);
                break;
            case "700" or "710":
                AddAll(addedAuthors, data, 'a', trimPunctuation: true);
                break;
            case "245":
                Title ??= data;
                break;
            case "250":
                Edition ??= data.FirstValue('a');
                break;
            case "260":
                Publisher260 ??= data.FirstValue('b');
                Date260 ??= data.FirstValue('c');
                break;
            case "264" when data.Indicator2 == '1':
                Publisher264 ??= data.FirstValue('b');
                Date264 ??= data.FirstValue('c');
                break;
            case "264":
                DateOther264 ??= data.FirstValue('c');
                break;
            case "650":
                AddAll(Subjects, data, 'a', trimPunctuation: true);
                break;
        }
    }

    private static void AddAll(List<string> list, DataField data, char code, bool trimPunctuation)
    {
        foreach (var subfield in data.Subfields)
        {
            if (subfield.Code == code)
            {
                AddDistinct(list, trimPunctuation ? Punctuation.TrimTrailing(subfield.Value) : Trimmed(subfield.Value));
            }
        }
    }

    private static string? Trimmed(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static void AddDistinct(List<string> list, string? value)
    {
        if (value is not null && !list.Contains(value))
        {
            list.Add(value);
        }
    }
}
