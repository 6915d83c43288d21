namespace Gateway.Clustering.Tests;

/// <summary>
/// Cluster ids stay derived from the founding record (the same record gives the same id); a founder with a plain-number
/// vendor id gets its system's tag and the number, so a full load's clusters get ascending ids (decision 0043).
/// </summary>
public sealed class ClusterIdsTests
{
    [Fact]
    public void A_numbered_founder_gets_its_system_s_tag_then_its_number_in_hex()
    {
        var id = ClusterIds.Derive("koha-east:4660");
        Assert.Matches("^c[0-9a-f]{16}$", id);
        Assert.EndsWith("0000001234", id, StringComparison.Ordinal);
        Assert.Equal(id[..7], ClusterIds.Derive("koha-east:1")[..7]);
        Assert.NotEqual(id[..7], ClusterIds.Derive("koha-london:4660")[..7]);
        Assert.Equal(id, ClusterIds.Derive("koha-east:4660"));
    }

    [Fact]
    public void A_system_s_clusters_get_ascending_ids_as_its_full_load_pages_through_ascending_numbers()
    {
        var numbers = new[] { 1L, 2, 9, 10, 99, 100, 65_535, 1_000_000, 123_456_789, ClusterIds.MaxOrderedNumber };
        var ids = numbers.Select(n => ClusterIds.Derive($"axiell-swims:{n}")).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(numbers.Length, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("oclc-northeast:ocm12345")]
    [InlineData("koha-east:0042")]
    [InlineData("koha-east:-5")]
    [InlineData("koha-east:1099511627776")]
    [InlineData("koha-east:99999999999999999999")]
    [InlineData("koha-east:")]
    [InlineData("no-colon-at-all")]
    public void Any_other_founder_gets_a_hash_of_its_id(string sourceId)
    {
        var id = ClusterIds.Derive(sourceId);
        Assert.Matches("^c[0-9a-f]{16}$", id);
        Assert.Equal(id, ClusterIds.Derive(sourceId));
        var system = sourceId.Split(':')[0];
        Assert.NotEqual(ClusterIds.Derive($"{system}:1")[..7], id[..7]); // not in the system's ordered run (its tag)
    }

    [Fact]
    public void A_later_attempt_is_a_hash_and_never_the_ordered_id()
    {
        var first = ClusterIds.Derive("koha-east:7");
        var second = ClusterIds.Derive("koha-east:7", 1);
        Assert.NotEqual(first, second);
        Assert.Matches("^c[0-9a-f]{16}$", second);
        Assert.Equal(second, ClusterIds.DeriveFree("koha-east:7", id => id == first));
    }
}
