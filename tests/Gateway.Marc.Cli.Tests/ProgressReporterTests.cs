using Gateway.Marc.Cli.Reading;

namespace Gateway.Marc.Cli.Tests;

public sealed class ProgressReporterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Writes_nothing_when_standard_error_is_not_a_terminal()
    {
        var clock = new ManualClock();
        var writer = new StringWriter();
        var progress = new ProgressReporter(writer, clock, enabled: false);

        for (var i = 1; i <= 100; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            progress.Update(i, i * 1000, 0);
        }

        progress.Clear();
        Assert.Equal("", writer.ToString());
    }

    [Fact]
    public void Redraws_at_most_every_250_ms_and_shows_records_rate_and_problems()
    {
        var clock = new ManualClock();
        var writer = new StringWriter();
        var progress = new ProgressReporter(writer, clock, enabled: true);

        // 40 records over 1 s, one every 25 ms: four redraws, at 250, 500, 750 and 1000 ms.
        for (var i = 1; i <= 40; i++)
        {
            clock.Advance(TimeSpan.FromMilliseconds(25));
            progress.Update(i, i * 50_000L, problems: 3);
        }

        Assert.Equal(4, progress.Redraws);
        var last = writer.ToString().Split('\r')[^1];
        Assert.Equal("40 records, 2.0 MB/s, 3 problems", last.TrimEnd());
    }

    [Fact]
    public void Says_nothing_on_a_run_shorter_than_the_interval()
    {
        var clock = new ManualClock();
        var writer = new StringWriter();
        var progress = new ProgressReporter(writer, clock, enabled: true);

        clock.Advance(TimeSpan.FromMilliseconds(200));
        progress.Update(1_000, 1_000_000, 0);
        progress.Clear();

        Assert.Equal("", writer.ToString());
    }

    [Fact]
    public void Clear_blanks_the_line_so_other_output_starts_clean()
    {
        var clock = new ManualClock();
        var writer = new StringWriter();
        var progress = new ProgressReporter(writer, clock, enabled: true);
        clock.Advance(TimeSpan.FromSeconds(1));
        progress.Update(10, 100, 0);

        progress.Clear();

        var text = writer.ToString();
        Assert.EndsWith("\r", text, StringComparison.Ordinal);
        Assert.Equal("", text.Split('\r')[^2].Trim());
    }

    [Fact]
    public async Task Lint_shows_progress_on_a_terminal_and_none_when_redirected()
    {
        var mrc = _temp.File("many.mrc", TestMarc.Binary([.. Enumerable.Range(0, 20).Select(_ => TestMarc.Clean())]));

        // Every clock reading moves 100 ms on, so a 20-record run "takes" seconds.
        var terminal = await Cli.RunAsync(["lint", mrc], stdin: null, errorIsTerminal: true, clock: new ManualClock(TimeSpan.FromMilliseconds(100)));
        var redirected = await Cli.RunAsync(["lint", mrc], stdin: null, errorIsTerminal: false, clock: new ManualClock(TimeSpan.FromMilliseconds(100)));
        var disabled = await Cli.RunAsync(["lint", "--no-progress", mrc], stdin: null, errorIsTerminal: true, clock: new ManualClock(TimeSpan.FromMilliseconds(100)));

        Assert.Contains(" records, ", terminal.Error, StringComparison.Ordinal);
        Assert.StartsWith("\r", terminal.Error, StringComparison.Ordinal);
        Assert.Equal("", redirected.Error);
        Assert.Equal("", disabled.Error);
        Assert.Equal(redirected.Output, terminal.Output);
    }
}
