namespace Gateway.Marc.Tests;

/// <summary>One difference between two readings of a record.</summary>
/// <param name="Tag">Tag of the field that differs; null when the records differ as a whole (number of fields).</param>
/// <param name="Description">What differs.</param>
/// <param name="KindOfField">True when one side has a control field and the other a data field with the same tag.</param>
internal sealed record RecordDifference(string? Tag, string Description, bool KindOfField = false)
{
    public override string ToString() => Description;
}
