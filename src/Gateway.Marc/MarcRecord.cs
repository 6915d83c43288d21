using System.Diagnostics;

namespace Gateway.Marc;

/// <summary>One MARC 21 record: a 24-character leader and its fields in order.</summary>
public sealed class MarcRecord
{
    /// <summary>Creates a record with the given leader (padded or cut to 24 characters) and fields.</summary>
    public MarcRecord(string leader, IEnumerable<MarcField>? fields = null)
    {
        ArgumentNullException.ThrowIfNull(leader);
        Leader = leader.Length >= 24 ? leader[..24] : leader.PadRight(24);
        Fields = fields is null ? [] : [.. fields];
    }

    /// <summary>Takes ownership of a list the caller built (readers: no copy); the leader must be 24 characters.</summary>
    internal MarcRecord(string leader, List<MarcField> fields, bool owned)
    {
        Debug.Assert(leader.Length == 24 && owned, "A reader builds a 24-character leader.");
        Leader = leader;
        Fields = fields;
    }

    /// <summary>The leader, always 24 characters. Positions 00-04 and 12-16 are recomputed by binary writers.</summary>
    public string Leader { get; set; }

    /// <summary>Control (00X) and data fields, in record order.</summary>
    public List<MarcField> Fields { get; }

    /// <summary>Fields with the given tag, in order.</summary>
    public IEnumerable<MarcField> this[string tag] => Fields.Where(f => f.Tag == tag);

    /// <summary>The value of the first control field with the tag, or null.</summary>
    public string? ControlValue(string tag) => Fields.OfType<ControlField>().FirstOrDefault(f => f.Tag == tag)?.Value;

    /// <summary>Data fields with the given tag, in order.</summary>
    public IEnumerable<DataField> DataFields(string tag) => Fields.OfType<DataField>().Where(f => f.Tag == tag);

    /// <summary>The first subfield value of the first data field with the tag and code, or null.</summary>
    public string? FirstValue(string tag, char code) =>
        DataFields(tag).Select(f => f.FirstValue(code)).FirstOrDefault(v => v is not null);
}
