using Gateway.Catalogue.Oai;
using Gateway.Systems;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// Only system and library set rows are stored (decision 0036): what a header lists (<see cref="StoredSets.Expand"/>) and
/// which rows a list selects (<see cref="StoredSets.RowsOf"/>) must say the same thing about every set.
/// </summary>
public sealed class StoredSetsTests
{
    private static readonly Registry Systems = new(
        System("koha-east", "east-of-england"), System("koha-norfolk", "east-of-england"), System("koha london", "london"));

    [Fact]
    public void A_header_lists_the_stored_sets_the_regions_of_their_systems_and_the_parents_in_order()
    {
        var sets = StoredSets.Expand(["system:koha-east", "library:koha-east.ADD", "system:koha~20london"], Systems);

        Assert.Equal(
            ["library", "library:koha-east.ADD", "region", "region:east-of-england", "region:london", "system", "system:koha-east", "system:koha~20london"],
            sets);
    }

    [Fact]
    public void A_system_the_registry_does_not_know_gives_no_region()
    {
        Assert.Equal(["system", "system:gone"], StoredSets.Expand(["system:gone"], Systems));
    }

    [Fact]
    public void A_region_is_the_rows_of_its_systems_and_the_region_parent_those_of_every_registered_system()
    {
        Assert.Equal(["system:koha-east", "system:koha-norfolk"], StoredSets.RowsOf("region:east-of-england", Systems).Specs);
        Assert.Equal(["system:koha~20london"], StoredSets.RowsOf("region:london", Systems).Specs);
        Assert.Empty(StoredSets.RowsOf("region:nowhere", Systems).Specs);
        Assert.Equal(["system:koha-east", "system:koha-norfolk", "system:koha~20london"], StoredSets.RowsOf("region", Systems).Specs.Order(StringComparer.Ordinal));
        Assert.Equal("system:", StoredSets.RowsOf("system", Systems).Prefix);
        Assert.Empty(StoredSets.RowsOf("system", Systems).Specs);
        Assert.Equal("library:", StoredSets.RowsOf("library", Systems).Prefix);
        Assert.Equal(["library:koha-east.ADD"], StoredSets.RowsOf("library:koha-east.ADD", Systems).Specs);
    }

    [Fact]
    public void Every_set_selects_exactly_the_records_whose_header_lists_it()
    {
        string[] stored = ["system:koha-east", "system:koha-norfolk", "system:koha~20london", "system:gone", "library:koha-east.ADD", "library:gone.X"];
        string[] sets =
        [
            "region", "system", "library", "region:east-of-england", "region:london", "region:nowhere",
            "system:koha-east", "system:gone", "library:koha-east.ADD", "library:gone.X",
        ];

        // Every combination of up to three stored rows, as one record's rows.
        var records = stored.SelectMany((a, i) => stored.Skip(i).SelectMany((b, j) => stored.Skip(i + j).Select(c => new[] { a, b, c }.Distinct().ToArray())));
        foreach (var rows in records)
        {
            var header = StoredSets.Expand(rows, Systems);
            foreach (var set in sets)
            {
                var select = StoredSets.RowsOf(set, Systems);
                var selected = rows.Any(r => select.Specs.Contains(r) || (select.Prefix is { } p && r.StartsWith(p, StringComparison.Ordinal)));
                Assert.True(selected == header.Contains(set), $"{set} for rows {string.Join(", ", rows)}: listed {selected}, in the header {header.Contains(set)}");
            }
        }
    }

    private static RegionalSystem System(string id, string region) =>
        new(id, id, "koha", region, new Uri("http://127.0.0.1:1"), true, []);

    private sealed class Registry(params RegionalSystem[] systems) : ISystemsRegistry
    {
        public IReadOnlyList<RegionalSystem> All { get; } = systems;

        public RegionalSystem? Find(string id) => All.FirstOrDefault(s => s.Id == id);
    }
}
