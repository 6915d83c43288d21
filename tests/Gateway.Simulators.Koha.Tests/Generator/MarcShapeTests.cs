using System.Globalization;
using Gateway.Marc;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Editions;
using Gateway.Simulators.Data.Libraries;
using Gateway.Simulators.Data.Marc;

namespace Gateway.Simulators.Koha.Tests.Generator;

public sealed class MarcShapeTests
{
    private static readonly SystemCatalogue Catalogue = SystemCatalogue.Create(new CatalogueOptions { SystemId = "koha-east", Seed = 42, RecordCount = 3000 });

    [Fact]
    public void Records_have_koha_control_fields_and_999()
    {
        foreach (var biblio in Catalogue.Current.Biblios)
        {
            var marc = KohaMarc.Build(biblio);
            var id = biblio.BiblioId.ToString(CultureInfo.InvariantCulture);
            Assert.Equal(24, marc.Leader.Length);
            Assert.Equal(id, marc.ControlValue("001"));
            Assert.Equal(biblio.Timestamp.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + ".0", marc.ControlValue("005"));
            var f008 = marc.ControlValue("008")!;
            Assert.Equal(40, f008.Length);
            Assert.Equal(biblio.Language, f008[35..38]);
            Assert.Equal(biblio.Year.ToString("D4", CultureInfo.InvariantCulture), f008[7..11]);
            Assert.Equal(id, marc.FirstValue("999", 'c'));
            Assert.Equal(id, marc.FirstValue("999", 'd'));
            Assert.Equal(biblio.ItemType, marc.FirstValue("942", 'c'));
            Assert.Single(marc.DataFields("245"));
            Assert.Single(marc.DataFields(biblio.UsesRda ? "264" : "260"));
            Assert.Empty(marc.DataFields("952"));
        }
    }

    [Fact]
    public void Nonfiling_indicator_counts_leading_articles()
    {
        var withThe = Catalogue.Current.Biblios.First(b => b.Title.StartsWith("The ", StringComparison.Ordinal));
        Assert.Equal('4', KohaMarc.Build(withThe).DataFields("245").Single().Indicator2);
        var withA = Catalogue.Current.Biblios.First(b => b.Title.StartsWith("A ", StringComparison.Ordinal));
        Assert.Equal('2', KohaMarc.Build(withA).DataFields("245").Single().Indicator2);
    }

    [Fact]
    public void Ebooks_and_serials_are_coded_as_such()
    {
        var ebook = Catalogue.Current.Biblios.First(b => b.Kind == MaterialKind.EBook);
        var marc = KohaMarc.Build(ebook);
        Assert.Equal('a', marc.Leader[6]);
        Assert.Equal('o', marc.ControlValue("008")![23]);
        Assert.NotNull(marc.FirstValue("856", 'u'));

        var serial = Catalogue.Current.Biblios.First(b => b.Kind == MaterialKind.Serial);
        var serialMarc = KohaMarc.Build(serial);
        Assert.Equal('s', serialMarc.Leader[7]);
        Assert.NotNull(serialMarc.FirstValue("022", 'a'));
        Assert.InRange(serial.Items.Count, 50, 300);
    }

    [Fact]
    public void Items_are_at_the_systems_libraries_and_can_be_embedded_as_952()
    {
        var codes = DemoLibraries.For("koha-east").Select(l => l.Code).ToHashSet();
        Assert.Equal(["ADD", "NNUH", "BSUH", "EKHUFT"], DemoLibraries.For("koha-east").Select(l => l.Code));
        var items = Catalogue.Current.Items.ToList();
        Assert.All(items, i => Assert.Contains(i.HomeLibraryId, codes));
        Assert.Equal(items.Count, items.Select(i => i.ItemId).Distinct().Count());
        Assert.Equal(items.Count, items.Select(i => i.Barcode).Distinct().Count());
        Assert.Contains(items, i => i.CheckedOutDate is not null);
        Assert.Contains(items, i => i.NotForLoanStatus != 0);
        var withItems = Catalogue.Current.Biblios.First(b => b.Items.Count > 1);
        var fields = KohaMarc.Build(withItems, includeItems: true).DataFields("952").ToList();
        Assert.Equal(withItems.Items.Select(i => i.Barcode), fields.Select(f => f.FirstValue('p')));
    }

    [Fact]
    public void Unknown_systems_get_generated_library_codes()
    {
        var libraries = DemoLibraries.For("axiell-swims");
        Assert.Equal(["AXIELL1", "AXIELL2", "AXIELL3"], libraries.Select(l => l.Code));
        Assert.All(libraries, l => Assert.InRange(l.Code.Length, 1, 10));
    }
}
