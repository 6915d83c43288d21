namespace Gateway.Catalogue.Tests;

/// <summary>A clock the test moves: datestamps and token expiry without waiting.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
