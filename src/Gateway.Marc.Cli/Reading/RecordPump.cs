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
    /// <see cref="MarcFormatException"/> instead of reaching <paramref name="onProblem"/>. Binary input goes to
    /// <paramref name="onView"/> when given (no allocation per record; the view is valid only during the call),
    /// MARCXML and binary without <paramref name="onView"/> to <paramref name="onRecord"/>.
    /// </summary>
    public void Run(bool lenient, Action<MarcProblem> onProblem, Action<int, MarcRecord> onRecord, Action<MarcRecordView>? onView = null)
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
            if (onView is not null && input.Format == InputFormat.Iso2709)
            {
                foreach (var view in input.ReadViews(options))
                {
                    Count(view.Number);
                    onView(view);
                    progress.Update(Records, input.BytesRead, Problems);
                }

                return;
            }

            foreach (var read in input.Read(options))
            {
                Count(read.Number);
                onRecord(read.Number, read.Record);
                progress.Update(Records, input.BytesRead, Problems);
            }
        }
        finally
        {
            progress.Clear();
        }
    }

    private void Count(int number)
    {
        Records++;
        RecordsSkipped += Math.Max(0, number - _lastNumber - 1);
        _lastNumber = number;
    }
}
