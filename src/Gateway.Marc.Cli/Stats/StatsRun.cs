using Gateway.Marc.Cli.Input;

namespace Gateway.Marc.Cli.Stats;

/// <summary>Facts about the run that <see cref="StatsCollector"/> does not see: the input, bytes, time, and what to show.</summary>
internal sealed record StatsRun(string InputName, InputFormat Format, long Bytes, TimeSpan Elapsed, long RecordsSkipped, int? TopTags)
{
    public string FormatName => Format == InputFormat.MarcXml ? "marcxml" : "iso2709";

    public double RecordsPerSecond(long records) => Elapsed.TotalSeconds > 0 ? records / Elapsed.TotalSeconds : 0;

    public double MegabytesPerSecond => Elapsed.TotalSeconds > 0 ? Bytes / 1_000_000.0 / Elapsed.TotalSeconds : 0;
}
