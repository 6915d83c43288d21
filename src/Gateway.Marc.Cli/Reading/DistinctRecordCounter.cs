namespace Gateway.Marc.Cli.Reading;

/// <summary>
/// Counts distinct record numbers in a stream of findings. Findings arrive in record order, so remembering the last
/// number is enough: constant memory however many records have problems.
/// </summary>
internal sealed class DistinctRecordCounter
{
    private int _last;

    public long Count { get; private set; }

    /// <summary>Counts <paramref name="recordNumber"/> unless it was the last one counted; 0 (outside any record) is not a record.</summary>
    public void Add(int recordNumber)
    {
        if (recordNumber > 0 && recordNumber != _last)
        {
            _last = recordNumber;
            Count++;
        }
    }
}
