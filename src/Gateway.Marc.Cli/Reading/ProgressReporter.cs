using System.Globalization;

namespace Gateway.Marc.Cli.Reading;

/// <summary>
/// A single progress line on standard error, redrawn in place at most every <see cref="Interval"/>: records, MB/s and
/// problems so far. Disabled (writes nothing at all) when standard error is not a terminal, so pipes and CI logs get
/// no carriage-return noise. Nothing is drawn before the first interval has passed, so short runs stay silent.
/// </summary>
internal sealed class ProgressReporter(TextWriter writer, TimeProvider clock, bool enabled)
{
    /// <summary>How often the line is redrawn.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly long _start = clock.GetTimestamp();
    private long _lastDrawn = clock.GetTimestamp();
    private int _drawnWidth;

    /// <summary>Lines drawn so far.</summary>
    public int Redraws { get; private set; }

    /// <summary>False when standard error is not a terminal (or --no-progress): nothing is ever written.</summary>
    public bool Enabled => enabled;

    /// <summary>Called after every record; cheap when it is not yet time to redraw.</summary>
    public void Update(long records, long bytes, long problems)
    {
        if (!enabled)
        {
            return;
        }

        var now = clock.GetTimestamp();
        if (clock.GetElapsedTime(_lastDrawn, now) < Interval)
        {
            return;
        }

        _lastDrawn = now;
        var seconds = clock.GetElapsedTime(_start, now).TotalSeconds;
        var megabytesPerSecond = seconds > 0 ? bytes / 1_000_000.0 / seconds : 0;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{records} records, {megabytesPerSecond:F1} MB/s, {problems} problems");
        Draw(line);
    }

    /// <summary>
    /// Writes a line of ordinary output without it running into the progress line: the progress line is cleared
    /// first, and the target flushed when progress is on, since both may be the same terminal.
    /// </summary>
    public void WriteLine(TextWriter target, string line)
    {
        ArgumentNullException.ThrowIfNull(target);
        Clear();
        target.WriteLine(line);
        if (enabled)
        {
            target.Flush();
        }
    }

    /// <summary>Clears the progress line, so the next output starts on a clean line; the next update redraws it.</summary>
    public void Clear()
    {
        if (_drawnWidth > 0)
        {
            writer.Write('\r');
            writer.Write(new string(' ', _drawnWidth));
            writer.Write('\r');
            writer.Flush();
            _drawnWidth = 0;
        }
    }

    private void Draw(string line)
    {
        // Pad over whatever is left of a longer previous line.
        var padding = Math.Max(0, _drawnWidth - line.Length);
        writer.Write('\r');
        writer.Write(line);
        writer.Write(new string(' ', padding));
        writer.Flush();
        _drawnWidth = line.Length;
        Redraws++;
    }
}
