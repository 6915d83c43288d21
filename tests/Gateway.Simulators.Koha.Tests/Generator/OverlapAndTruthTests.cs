using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Identifiers;

namespace Gateway.Simulators.Koha.Tests.Generator;

public sealed class OverlapAndTruthTests
{
    private static readonly SystemCatalogue East = SystemCatalogue.Create(new CatalogueOptions { SystemId = "koha-east", Seed = 42, RecordCount = 2000 });
    private static readonly SystemCatalogue London = SystemCatalogue.Create(new CatalogueOptions { SystemId = "koha-london", Seed = 42, RecordCount = 2000 });

    [Fact]
    public void About_half_of_each_system_is_shared_editions_and_systems_overlap()
    {
        var east = East.Current.Biblios;
        var shared = east.Count(b => b.EditionKey.StartsWith('P'));
        Assert.InRange(shared, 800, 1200);
        var overlap = east.Select(b => b.EditionKey).Intersect(London.Current.Biblios.Select(b => b.EditionKey)).ToList();
        Assert.InRange(overlap.Count, 300, 900);
        Assert.All(overlap, key => Assert.StartsWith("P", key, StringComparison.Ordinal));
    }

    [Fact]
    public void Ground_truth_maps_every_record_to_its_edition()
    {
        var truth = East.Current.GroundTruth();
        Assert.Equal(East.Current.Biblios.Count, truth.Count);
        Assert.All(East.Current.Biblios, b => Assert.Equal(b.EditionKey, truth[b.BiblioId]));
        Assert.All(East.Current.Biblios.Where(b => !b.EditionKey.StartsWith('P')), b => Assert.StartsWith("L:koha-east:", b.EditionKey, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_edition_is_catalogued_differently_but_identifies_the_same()
    {
        var london = London.Current.Biblios.ToDictionary(b => b.EditionKey);
        var pairs = East.Current.Biblios.Where(b => london.ContainsKey(b.EditionKey)).Select(b => (East: b, London: london[b.EditionKey])).ToList();
        Assert.Contains(pairs, p => p.East.Title != p.London.Title);
        Assert.Contains(pairs, p => p.East.UsesRda != p.London.UsesRda);
        Assert.Contains(pairs, p => (p.East.Isbn is null) != (p.London.Isbn is null));
        foreach (var (east, other) in pairs.Where(p => p.East.Isbn is not null && p.London.Isbn is not null))
        {
            Assert.Equal(Isbn13(east.Isbn!), Isbn13(other.Isbn!));
        }
    }

    [Fact]
    public void Every_isbn_and_issn_has_a_valid_check_digit()
    {
        var records = East.Current.Biblios.Concat(London.Current.Biblios).ToList();
        var isbns = records.Where(b => b.Isbn is not null).Select(b => b.Isbn!.Split(' ')[0]).ToList();
        Assert.Contains(isbns, i => i.Length == 13);
        Assert.Contains(isbns, i => i.Length == 10);
        Assert.All(isbns, i => Assert.True(i.Length == 13 ? Isbn.IsValidIsbn13(i) && i.StartsWith("978", StringComparison.Ordinal) : Isbn.IsValidIsbn10(i), i));
        var issns = records.Where(b => b.Issn is not null).Select(b => b.Issn!).ToList();
        Assert.NotEmpty(issns);
        Assert.All(issns, i => Assert.True(Issn.IsValid(i), i));
    }

    [Theory]
    [InlineData("978030640615", '7')]
    [InlineData("978186197876", '9')]
    public void Isbn13_check_digits_match_known_values(string first12, char check) =>
        Assert.Equal(check, Isbn.Isbn13CheckDigit(first12));

    private static string Isbn13(string isbn)
    {
        var digits = isbn.Split(' ')[0];
        if (digits.Length == 13)
        {
            return digits;
        }

        var first12 = "978" + digits[..9];
        return first12 + Isbn.Isbn13CheckDigit(first12);
    }
}
