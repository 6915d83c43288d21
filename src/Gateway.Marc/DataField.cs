namespace Gateway.Marc;

/// <summary>A data field (010-999): a tag, two indicators and subfields in order.</summary>
public sealed record DataField(string Tag, char Indicator1, char Indicator2, IReadOnlyList<Subfield> Subfields)
    : MarcField(Tag)
{
    /// <summary>Creates a data field with blank indicators.</summary>
    public DataField(string tag, IReadOnlyList<Subfield> subfields) : this(tag, ' ', ' ', subfields) { }

    /// <summary>The value of the first subfield with the code, or null.</summary>
    public string? FirstValue(char code)
    {
        foreach (var subfield in Subfields)
        {
            if (subfield.Code == code)
            {
                return subfield.Value;
            }
        }

        return null;
    }

    /// <summary>Values of every subfield with the code, in order.</summary>
    public IEnumerable<string> Values(char code) => Subfields.Where(s => s.Code == code).Select(s => s.Value);
}
