using Gateway.Marc;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Marc;

namespace Gateway.Simulators.Koha.Tests.Generator;

public sealed class GeneratorDeterminismTests
{
    private static SystemCatalogue Make(string system, int seed, int count = 800) =>
        SystemCatalogue.Create(new CatalogueOptions { SystemId = system, Seed = seed, RecordCount = count });

    private static List<string> Xml(SystemCatalogue catalogue) =>
        [.. catalogue.Current.Biblios.Select(b => MarcXmlWriter.ToXml(KohaMarc.Build(b, includeItems: true)))];

    [Fact]
    public void Same_seed_and_system_give_identical_records()
    {
        Assert.Equal(Xml(Make("koha-east", 42)), Xml(Make("koha-east", 42)));
    }

    [Fact]
    public void A_different_seed_gives_different_records()
    {
        Assert.NotEqual(Xml(Make("koha-east", 42)), Xml(Make("koha-east", 43)));
    }

    [Fact]
    public void Change_ticks_are_reproducible()
    {
        var now = new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero);
        var a = Make("koha-east", 7);
        var b = Make("koha-east", 7);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(a.Advance(now.AddSeconds(i), 25), b.Advance(now.AddSeconds(i), 25));
        }

        Assert.Equal(Xml(a), Xml(b));
    }

    [Fact]
    public void Records_get_ids_one_to_n_in_creation_order()
    {
        var biblios = Make("koha-london", 1, 500).Current.Biblios;
        Assert.Equal(Enumerable.Range(1, 500), biblios.Select(b => b.BiblioId));
        Assert.True(biblios.Zip(biblios.Skip(1)).All(p => p.First.CreatedAt <= p.Second.CreatedAt));
        Assert.All(biblios, b => Assert.True(b.Timestamp >= b.CreatedAt && b.Timestamp <= CatalogueOptions.DefaultAnchor));
        Assert.All(biblios, b => Assert.Equal(0, b.Timestamp.UtcTicks % TimeSpan.TicksPerSecond));
    }

    [Fact]
    public void Two_hundred_thousand_records_generate_with_distinct_ids()
    {
        // The benchmark's size (bench/run-koha-benchmark.sh); how fast it generates is the benchmark's business.
        var biblios = Make("koha-midlands", 42, 200_000).Current.Biblios;
        Assert.Equal(200_000, biblios.Count);
        Assert.Equal(200_000, biblios.Select(b => b.BiblioId).Distinct().Count());
        Assert.Equal(200_000, biblios[^1].BiblioId);
    }
}
