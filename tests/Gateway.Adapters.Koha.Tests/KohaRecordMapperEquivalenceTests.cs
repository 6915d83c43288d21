using System.Text.Json;
using System.Xml.Linq;
using Gateway.Adapters.Koha.Mapping;
using Gateway.Contracts;
using Gateway.Marc;
using Gateway.Testing;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>
/// The direct mapper (description and MARCXML read straight from the fetched record) gives the same message as the
/// mapping it replaced: a copy of the record without 952/999, its description, and that copy written through
/// <c>XmlWriter</c> — the same XML, now with its attributes in single quotes (decision 0024).
/// </summary>
public sealed class KohaRecordMapperEquivalenceTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 10, 15, 0, TimeSpan.Zero);
    private static readonly Guid Correlation = Guid.Parse("0b9a4c5e-6a53-4d1e-9a55-0c9c1b3a2f11");

    [Fact]
    public void Same_message_for_a_koha_biblio_with_items_and_ids()
    {
        var record = new MarcRecord("00000nam a2200000 a 4500",
        [
            new ControlField("001", "555"),
            new ControlField("008", "200101s2017    enk           000 0 eng d"),
            new DataField("020", [new Subfield('a', "0199689903 (pbk.)"), new Subfield('a', "123")]),
            new DataField("245", '1', '0', [new Subfield('a', "Oxford & <handbook> /"), new Subfield('b', "line\r\nbreak :")]),
            new DataField("952", [new Subfield('a', "ADD"), new Subfield('p', "3900001")]),
            new DataField("650", ' ', '0', [new Subfield('a', "Medicine.")]),
            new DataField("952", [new Subfield('a', "ADD"), new Subfield('p', "3900002")]),
            new DataField("999", [new Subfield('c', "1234"), new Subfield('d', "1234")]),
        ]);

        AssertSameAsBefore(record);
    }

    [Theory]
    [InlineData("marc4j-koha-export-LFL_5.xml")]
    [InlineData("marc4j-koha-export-LFL_6_with_comment.xml")]
    public void Same_message_for_the_real_koha_exports(string file)
    {
        var path = RepositoryPaths.RequireShared(Path.Combine("vendor-fixtures", "marc", "marcxml", file));
        using var stream = File.OpenRead(path);
        var record = Assert.Single(MarcXmlReader.Read(stream, new MarcReadOptions { Lenient = true }));
        Assert.Contains(record.Fields, f => KohaRecordMapper.IsLocal(f.Tag));

        AssertSameAsBefore(record);
    }

    [Fact]
    public void Same_message_for_every_record_of_the_marcxml_fixtures()
    {
        var folder = RepositoryPaths.RequireShared(Path.Combine("vendor-fixtures", "marc", "marcxml"));
        var compared = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml"))
        {
            using var stream = File.OpenRead(file);
            foreach (var record in MarcXmlReader.Read(stream, new MarcReadOptions { Lenient = true }))
            {
                AssertSameAsBefore(record);
                compared++;
            }
        }

        Assert.True(compared > 10, $"only {compared} records in {folder}");
    }

    /// <summary>The mapping as it was before decision 0014: a filtered copy, described and written through XmlWriter.</summary>
    private static BibliographicRecordChanged Before(MarcRecord record)
    {
        var shared = new MarcRecord(record.Leader, record.Fields.Where(f => f.Tag is not ("952" or "999")));
        return new BibliographicRecordChanged
        {
            SystemId = "koha-east",
            VendorRecordId = "1234",
            SourceTimestamp = At,
            CorrelationId = Correlation,
            Description = DescriptionExtractor.Extract(shared),
            MarcXml = MarcXmlWriter.ToXml(shared),
        };
    }

    private static void AssertSameAsBefore(MarcRecord record)
    {
        var fields = record.Fields.Count;
        var expected = Before(record);
        var actual = KohaRecordMapper.ToChanged("koha-east", 1234, At, record, Correlation);

        Assert.True(XNode.DeepEquals(XElement.Parse(expected.MarcXml!), XElement.Parse(actual.MarcXml!)), $"not the same XML:\n{expected.MarcXml}\n{actual.MarcXml}");
        // The description holds lists: compare the rest as JSON, the shape the bus carries.
        Assert.Equal(JsonSerializer.Serialize(expected with { MarcXml = actual.MarcXml }), JsonSerializer.Serialize(actual));
        Assert.Equal(fields, record.Fields.Count);
    }
}
