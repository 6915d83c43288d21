using Gateway.Adapters.Koha.Vendor;

namespace Gateway.Adapters.Koha.Tests;

public sealed class HarvestPositionTests
{
    private static readonly DateTimeOffset T = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Positions_order_by_time_then_numeric_id()
    {
        Assert.True(new HarvestPosition(T, "9") < new HarvestPosition(T, "10"));
        Assert.True(new HarvestPosition(T.AddSeconds(1), "1") > new HarvestPosition(T, "999"));
    }

    [Fact]
    public void Earliest_of_a_position_and_the_beginning_is_the_beginning()
    {
        Assert.Null(HarvestPosition.Earliest(new HarvestPosition(T, "1"), null));
        Assert.Null(HarvestPosition.Earliest(null, new HarvestPosition(T, "1")));
    }

    [Fact]
    public void Earliest_picks_the_lower_position()
    {
        var a = new HarvestPosition(T, "5");
        var b = new HarvestPosition(T.AddMinutes(1), "1");
        Assert.Same(a, HarvestPosition.Earliest(a, b));
        Assert.Same(a, HarvestPosition.Earliest(b, a));
    }
}
