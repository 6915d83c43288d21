namespace Gateway.Marc.Cli.Stats;

/// <summary>How often a tag occurs, and in how many records.</summary>
internal sealed class TagCount(string tag)
{
    public string Tag { get; } = tag;

    public long Occurrences { get; private set; }

    public long Records { get; private set; }

    /// <summary>The last record counted, so a tag repeated in one record counts that record once.</summary>
    private long _lastRecord;

    public void Add(long recordIndex)
    {
        Occurrences++;
        if (recordIndex != _lastRecord)
        {
            _lastRecord = recordIndex;
            Records++;
        }
    }
}
