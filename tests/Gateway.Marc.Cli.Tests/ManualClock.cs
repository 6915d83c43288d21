namespace Gateway.Marc.Cli.Tests;

/// <summary>A clock that moves only when told to, or by a fixed step on every reading.</summary>
internal sealed class ManualClock(TimeSpan stepPerReading = default) : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp()
    {
        var now = _ticks;
        _ticks += stepPerReading.Ticks;
        return now;
    }

    public void Advance(TimeSpan by) => _ticks += by.Ticks;
}
