using Gateway.Marc.Cli.Input;

namespace Gateway.Marc.Cli.Reading;

/// <summary>
/// Reads every record of an input once, in order, numbering records as the reader does, passing problems and
/// records to the command, and keeping the progress line up to date. One record is held at a time.
/// </summary>
internal sealed class RecordPump(MarcInput input, ProgressReporter progress)
{
    private int _lastNumber;

    /// <summary>Records yielded by the reader (records it had to skip are not counted).</summary>
    public long Records { get; private set; }

    /// <summary>Records the reader found but skipped whole (binary input only).</summary>
    public long RecordsSkipped { get; private set; }

    /// <summary>Problems the reader reported.</summary>
    public long Problems { get; private set; }

    /// <summary>
    /// Reads to the end. In strict mode (<paramref name="lenient"/> false) the first problem throws
    /// <see cref="MarcFormatException"/> instead of reaching <paramref name="onProblem"/>.
    /// </summary>
    public void Run(bool lenient, Action<MarcProblem> onProblem, Action<int, MarcRecord> onRecord)
    {
        var options = new MarcReadOptions
        {
            Lenient = lenient,
            OnProblem = problem =>
            {
                Problems++;
                onProblem(problem);
            },
        };

        try
        {
            foreach (var read in input.Read(options))
            {
                Records++;
                RecordsSkipped += Math.Max(0, read.Number - _lastNumber - 1);
                _lastNumber = read.Number;
                onRecord(read.Number, read.Record);
                progress.Update(Records, input.BytesRead, Problems);
            }
        }
        finally
        {
            progress.Clear();
        }
    }
}
