using Gateway.Marc.Cli.Input;

namespace Gateway.Marc.Cli.Reading;

/// <summary>
/// Gives each record the reader yields the same 1-based number the reader uses in its problems. The reader yields
/// no number with a record, and for binary input it numbers every frame, including the ones it skips; so a skipped
/// record (reported with no tag and a message ending "skipped.", as in "record skipped.") moves the count on.
/// MARCXML never skips a whole record, so there the count is plain.
/// </summary>
internal sealed class RecordNumbering(InputFormat format)
{
    private int _lastYielded;
    private int _lastSkipped;

    /// <summary>Records the reader skipped whole (nothing usable was left of them).</summary>
    public long Skipped { get; private set; }

    /// <summary>Sees every problem the reader reports, before the record it concerns is yielded.</summary>
    public void Observe(MarcProblem problem)
    {
        if (format == InputFormat.Iso2709 && IsWholeRecordSkipped(problem))
        {
            _lastSkipped = Math.Max(_lastSkipped, problem.RecordNumber);
            Skipped++;
        }
    }

    /// <summary>The number of the record just yielded.</summary>
    public int Next()
    {
        // Skip reports arrive in order and before the next record is yielded, so the yielded record follows both.
        _lastYielded = Math.Max(_lastYielded, _lastSkipped) + 1;
        return _lastYielded;
    }

    private static bool IsWholeRecordSkipped(MarcProblem problem) =>
        problem.Tag is null
        && problem.Message.EndsWith("skipped.", StringComparison.Ordinal)
        && !problem.Message.EndsWith("field skipped.", StringComparison.Ordinal);
}
