using System.Text.Json;
using Gateway.Adapters.Koha.Vendor;

namespace Gateway.Adapters.Koha.Tests;

public sealed class KohaQueryTests
{
    private static readonly DateTimeOffset UpTo = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void First_page_is_bounded_by_the_settle_time_only()
    {
        using var q = JsonDocument.Parse(KohaQuery.ChangedAfter(null, UpTo));
        Assert.Equal("2026-11-23T10:00:00+00:00", q.RootElement.GetProperty("timestamp").GetProperty("<=").GetString());
    }

    [Fact]
    public void Later_pages_use_a_keyset_on_timestamp_then_id()
    {
        var after = new HarvestPosition(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)), "41");
        using var q = JsonDocument.Parse(KohaQuery.ChangedAfter(after, UpTo));

        var and = q.RootElement.GetProperty("-and");
        Assert.Equal(2, and.GetArrayLength());
        var or = and[1].GetProperty("-or");
        Assert.Equal("2026-01-02T01:04:05+00:00", or[0].GetProperty("timestamp").GetProperty(">").GetString());
        Assert.Equal("2026-01-02T01:04:05+00:00", or[1].GetProperty("timestamp").GetString());
        Assert.Equal(41, or[1].GetProperty("biblio_id").GetProperty(">").GetInt64());
    }

    [Fact]
    public void Id_list_query_uses_koha_in_operator()
    {
        using var q = JsonDocument.Parse(KohaQuery.BiblioIdIn([3, 1, 2]));
        Assert.Equal([3L, 1L, 2L], q.RootElement.GetProperty("biblio_id").GetProperty("-in").EnumerateArray().Select(e => e.GetInt64()));
    }
}
