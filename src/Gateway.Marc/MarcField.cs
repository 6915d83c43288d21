namespace Gateway.Marc;

/// <summary>A variable field of a MARC record, identified by its three-character tag.</summary>
public abstract record MarcField(string Tag)
{
    /// <summary>True for tags 001-009 (control fields, no indicators or subfields).</summary>
    public static bool IsControlTag(string tag) => tag.Length == 3 && tag[0] == '0' && tag[1] == '0';
}
