using System.Text;
using System.Text.Json;
using Gateway.Adapters.Koha.Mapping;
using Gateway.Marc;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Marc;
using Gateway.Testing;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>
/// A fetched page mapped from views of its bytes (decision 0031) gives, record for record, the biblio id, description
/// and outgoing MARCXML that mapping the model the XML reader gives would: on generated Koha pages (items in 952,
/// ids in 999), on records with everything XML escapes, and on the shared vendor fixtures.
/// </summary>
public sealed class KohaViewMappingTests
{
    [Fact]
    public void Generated_koha_pages_map_from_views_as_from_the_model()
    {
        var catalogue = SystemCatalogue.Create(new CatalogueOptions { SystemId = "koha-east", Seed = 5, RecordCount = 600 });
        var biblios = catalogue.Current.Biblios;
        Assert.True(biblios.Count >= 500, $"only {biblios.Count} biblios");
        var mapped = 0;
        for (var start = 0; start < biblios.Count; start += 100)
        {
            var page = biblios.Skip(start).Take(100).Select(b => KohaMarc.Build(b, includeItems: start % 200 == 0)).ToList();
            using var stream = new MemoryStream();
            MarcXmlWriter.WriteCollection(stream, page);
            mapped += AssertMappedAsFromModel(stream.ToArray(), expectViews: true);
        }

        Assert.Equal(biblios.Count, mapped);
    }

    [Fact]
    public void Records_with_escapes_new_lines_and_non_ascii_map_from_views_as_from_the_model()
    {
        var record = new MarcRecord("00000nam a2200000 a 4500",
        [
            new ControlField("001", " 555 "),
            new ControlField("008", "200101s2017    enk           000 0 eng d"),
            new DataField("020", [new Subfield('a', "0199689903 (pbk.)"), new Subfield('a', "123")]),
            new DataField("100", '1', ' ', [new Subfield('a', "Müller, José Ñ.,"), new Subfield('d', "1950-")]),
            new DataField("245", '1', '0', [new Subfield('a', "Oxford & <handbook> /"), new Subfield('b', "line\nbreak 'q' \"d\" :"), new Subfield('h', "[electronic resource]")]),
            new DataField("500", [new Subfield('a', "tab\there ]]> 🩺 中文")]),
            new DataField("952", [new Subfield('a', "ADD"), new Subfield('p', "3900001")]),
            new DataField("650", ' ', '0', [new Subfield('a', "Medicine.")]),
            new DataField("999", [new Subfield('d', "1233")]),
            new DataField("999", [new Subfield('c', " 1234 "), new Subfield('d', "1234")]),
        ]);
        var noIds = new MarcRecord("00000cam a2200000 i 4500", [new DataField("245", '0', '0', [new Subfield('a', "No id")])]);
        var doubleQuoted = Encoding.UTF8.GetBytes($"<collection xmlns=\"http://www.loc.gov/MARC21/slim\">{MarcXmlWriter.ToXml(record)}{MarcXmlWriter.ToXml(noIds)}</collection>");
        using var stream = new MemoryStream();
        MarcXmlWriter.WriteCollection(stream, [record, noIds]);

        Assert.Equal(2, AssertMappedAsFromModel(doubleQuoted, expectViews: true));
        Assert.Equal(2, AssertMappedAsFromModel(stream.ToArray(), expectViews: true));
    }

    [Fact]
    public void Vendor_marcxml_fixtures_map_from_views_as_from_the_model()
    {
        var folder = RepositoryPaths.RequireShared(Path.Combine("vendor-fixtures", "marc", "marcxml"));
        var mapped = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml"))
        {
            mapped += AssertMappedAsFromModel(File.ReadAllBytes(file), expectViews: false);
        }

        Assert.True(mapped > 0, $"no fixture in {folder} was read as views");
    }

    /// <summary>Maps every record both ways when the document reads as views; returns how many it compared.</summary>
    private static int AssertMappedAsFromModel(byte[] document, bool expectViews)
    {
        using var page = MarcXmlViewPage.TryRead(document);
        if (page is null)
        {
            Assert.False(expectViews, "the document was expected to read as views");
            return 0;
        }

        var records = MarcXmlReader.Read(new MemoryStream(document), new MarcReadOptions { Lenient = true }).ToList();
        Assert.Equal(records.Count, page.Count);
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal(KohaRecordMapper.BiblioId(records[i]), KohaRecordMapper.BiblioId(page, i));
            var expected = KohaRecordMapper.Map(records[i]);
            var actual = KohaRecordMapper.Map(page, i);
            Assert.Equal(expected.MarcXml, actual.MarcXml);
            Assert.Equal(JsonSerializer.Serialize(expected.Description), JsonSerializer.Serialize(actual.Description));
        }

        return records.Count;
    }
}
