using Gateway.Availability.Caching;
using Gateway.Contracts;

namespace Gateway.Availability.Tests;

public sealed class ItemStatusNormaliserTests
{
    [Fact]
    public void Every_documented_status_passes_unchanged()
    {
        foreach (var status in ItemStatuses.All)
        {
            Assert.Equal((status, "code"), ItemStatusNormaliser.Normalise(status, "code"));
        }
    }

    [Fact]
    public void An_undocumented_status_is_unknown_with_the_vendor_code_kept() =>
        Assert.Equal((ItemStatuses.Unknown, "notforloan:9"), ItemStatusNormaliser.Normalise("missing-in-action", "notforloan:9"));

    [Fact]
    public void Without_a_vendor_code_the_undocumented_value_itself_is_kept() =>
        Assert.Equal((ItemStatuses.Unknown, "Available "), ItemStatusNormaliser.Normalise("Available ", null));

    [Fact]
    public void No_status_at_all_is_unknown() =>
        Assert.Equal((ItemStatuses.Unknown, null), ItemStatusNormaliser.Normalise(null, null));
}
