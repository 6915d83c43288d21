using System.Text;
using System.Text.Json;

namespace Gateway.Marc.Tests;

/// <summary>
/// MARCXML read into views (decision 0031) reads exactly the documents the scanner reads into the model (decision
/// 0028), and every record of it gives the scanner's record, the text the single-quoted writer writes of that record
/// (all fields or some), its first values and, from only the fields the description reads, the same description.
/// </summary>
public sealed class MarcXmlViewPageTests
{
    private const string Leader = "00000nam a2200000 a 4500";
    private const string Slim = "http://www.loc.gov/MARC21/slim";

    private static readonly Func<string, bool>[] Selections =
    [
        _ => true,
        tag => tag is not ("952" or "999"),
        DescriptionExtractor.ReadsField,
        _ => false,
    ];

    [Fact]
    public void Records_written_by_every_writer_read_as_views_as_into_the_model()
    {
        var records = new[] { TestRecords.Awkward(kohaIds: true), TestRecords.Multilingual(), TestRecords.Awkward("2", kohaIds: true) };
        using var utf8 = new MemoryStream();
        MarcXmlWriter.WriteCollection(utf8, records);
        var doubleQuoted = Wrap(string.Concat(records.Select(MarcXmlWriter.ToXml)));
        var singleQuoted = Wrap(string.Concat(records.Select(r => MarcXmlWriter.ToXmlSingleQuoted(r, _ => true))));

        foreach (var document in new[] { utf8.ToArray(), doubleQuoted, singleQuoted })
        {
            Assert.Equal(records.Length, AssertViewsAsModel(document));
        }
    }

    [Fact]
    public void References_new_lines_quotes_empty_values_and_extension_elements_are_written_as_from_the_model()
    {
        const string xml = """
            <?xml version='1.0' encoding='utf-8'?>
            <collection xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="x" xmlns="http://www.loc.gov/MARC21/slim">
              <record>
                <leader>00000nam a2200000 a 4500</leader>
                <controlfield tag="001">42</controlfield><!-- between fields -->
                <controlfield tag='005'/>
                <controlfield tag='006'>line
            break &gt; &#x9;tab</controlfield>
                <datafield tag="245" ind1="1" ind2=''>
                  <subfield code="a">Caf&#233; &amp; b&#xE9;cs &lt;1&gt; &quot;q&quot; &apos;a&apos; &#x1F600; ]] ></subfield>
                  <subfield code='b'></subfield>
                  <subfield code="c"/>
                </datafield>
                <datafield tag="500" ind1=" " ind2=" "/>
                <datafield tag="520" ind1="&apos;" ind2='"'><subfield code="&amp;">x</subfield><subfield code='&lt;'>&#10;</subfield></datafield>
                <identifier xmlns="">oai:koha:42<nested a="1"/></identifier>
                <datafield tag="999" ind1=" " ind2=" "><subfield code="d">41</subfield></datafield>
                <datafield tag="999" ind1=" " ind2=" "><subfield code="c">42</subfield></datafield>
              </record>
              <record><leader>01234cam a2200289 i 4500</leader></record>
            </collection>
            """;
        var document = Encoding.UTF8.GetBytes(xml);

        Assert.Equal(2, AssertViewsAsModel(document));
        using var page = MarcXmlViewPage.TryRead(document)!;
        Assert.Equal("42", page.FirstValue(0, "999", 'c')); // the first $c, not the first 999's
        Assert.Null(page.FirstValue(1, "999", 'c'));
        Assert.Equal("", page.ControlValue(0, "005"));
        Assert.Contains($"<controlfield tag='006'>line{Environment.NewLine}break &gt; \ttab</controlfield>", page.ToXmlSingleQuoted(0, _ => true), StringComparison.Ordinal);
        Assert.Equal($"<record xmlns='{Slim}'><leader>01234cam a2200289 i 4500</leader></record>", page.ToXmlSingleQuoted(1, _ => true));
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var xml = $"<record xmlns='{Slim}'><leader>{Leader}</leader><controlfield tag='001'>7</controlfield></record>";

        Assert.Equal(1, AssertViewsAsModel([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(xml)]));
    }

    [Theory]
    [InlineData("<collection><record><leader>LEADER</leader><controlfield tag='001'>a<!-- c -->b</controlfield></record></collection>")]
    [InlineData("<collection><record><leader>00000nam</leader></record></collection>")]
    [InlineData("<collection><record><leader>LEADER</leader><datafield tag='245'><subfield>x</subfield></datafield></record></collection>")]
    [InlineData("<collection><record><leader>LEADER</leader><controlfield tag='001'>a\r\nb</controlfield></record></collection>")]
    [InlineData("<collection><record><leader>LEADER</leader><controlfield tag='001'>&nbsp;</controlfield></record></collection>")]
    [InlineData("<collection><record><leader>LEADER</leader></record>")]
    public void Documents_outside_the_subset_give_no_page(string xml)
    {
        var document = Encoding.UTF8.GetBytes(xml.Replace("LEADER", Leader, StringComparison.Ordinal));

        Assert.Null(MarcXmlViewPage.TryRead(document));
        Assert.Equal(0, AssertViewsAsModel(document));
    }

    [Fact]
    public void A_record_out_of_range_throws_and_a_disposed_page_holds_nothing()
    {
        var page = MarcXmlViewPage.TryRead(Wrap(MarcXmlWriter.ToXml(TestRecords.Awkward(kohaIds: true))))!;
        Assert.Equal(1, page.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => page.Leader(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => page.ToRecord(-1));

        page.Dispose();

        Assert.Equal(0, page.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => page.Leader(0));
    }

    [Fact]
    public void Project_fixtures_read_as_views_as_into_the_model()
    {
        foreach (var document in TestRecords.ProjectMarcXmlFixtures())
        {
            AssertViewsAsModel(document);
        }

        Assert.Equal(1, AssertViewsAsModel(TestRecords.ProjectFixture("clinical-handbook.xml")));
    }

    [Fact]
    public void Vendor_fixtures_read_as_views_as_into_the_model()
    {
        var files = Directory.GetFiles(Path.Combine(VendorFixtures.RequireMarc(), "marcxml"), "*.xml");
        Assert.NotEmpty(files);
        var records = 0;
        foreach (var file in files)
        {
            records += AssertViewsAsModel(File.ReadAllBytes(file));
        }

        Assert.True(records > 0, "no vendor fixture was in the subset");
    }

    [Fact]
    public void Mutated_documents_read_as_views_as_into_the_model()
    {
        using var utf8 = new MemoryStream();
        MarcXmlWriter.WriteCollection(utf8, [TestRecords.Awkward(kohaIds: true), TestRecords.Multilingual()]);
        var valid = utf8.ToArray();
        string[] pieces = ["<", ">", "&", ";", "'", "\"", "/", "=", " ", "\t", "\n", "\r", "#", "x", "0", "a", "-", "]]>", "<!--", "-->", "&amp;", "&#1;", "&#10;", "&gt;", "é", "tag", "code", "999"];
        var read = 0;
        foreach (var document in TestRecords.Mutations(valid, pieces, seed: 31, count: 600))
        {
            read += AssertViewsAsModel(document) > 0 ? 1 : 0;
        }

        Assert.InRange(read, 1, 599); // both outcomes were exercised
    }

    [Fact]
    public void The_description_reads_only_the_fields_it_names()
    {
        var record = TestRecords.Awkward(kohaIds: true);
        record.Fields.Add(new ControlField("008", "200101s2017    enk           000 0 eng d"));
        record.Fields.Add(TestRecords.Data("020", ' ', ' ', ('a', "0199689903 (pbk.)")));
        record.Fields.Add(TestRecords.Data("264", ' ', '1', ('b', "OUP,"), ('c', "2017.")));
        var partial = new MarcRecord(record.Leader, record.Fields.Where(f => DescriptionExtractor.ReadsField(f.Tag)));

        Assert.DoesNotContain(partial.Fields, f => f.Tag is "005" or "500" or "520" or "952");
        Assert.Equal(JsonSerializer.Serialize(DescriptionExtractor.Extract(record)), JsonSerializer.Serialize(DescriptionExtractor.Extract(partial)));
    }


    private static byte[] Wrap(string records) =>
        Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"{Slim}\">\n{records}\n</collection>\n");

    /// <summary>
    /// The page is made exactly when the scanner reads the document, and then each of its records is the scanner's
    /// record, written, looked into and described as that record; returns how many records the page held.
    /// </summary>
    private static int AssertViewsAsModel(byte[] document)
    {
        var scanned = MarcXmlUtf8Scanner.TryRead(document);
        using var page = MarcXmlViewPage.TryRead(document);
        Assert.Equal(scanned is null, page is null);
        if (scanned is null || page is null)
        {
            return 0;
        }

        Assert.Equal(scanned.Count, page.Count);
        for (var i = 0; i < scanned.Count; i++)
        {
            var record = scanned[i];
            MarcAssert.Equal(record, page.ToRecord(i));
            Assert.Equal(record.Leader, page.Leader(i));
            foreach (var include in Selections)
            {
                Assert.Equal(MarcXmlWriter.ToXmlSingleQuoted(record, f => include(f.Tag)), page.ToXmlSingleQuoted(i, include));
                MarcAssert.Equal(new MarcRecord(record.Leader, record.Fields.Where(f => include(f.Tag))), page.ToRecord(i, include));
            }

            foreach (var (tag, code) in new[] { ("999", 'c'), ("245", 'a'), ("020", 'a'), ("100", 'd') })
            {
                Assert.Equal(record.FirstValue(tag, code), page.FirstValue(i, tag, code));
            }

            foreach (var tag in new[] { "001", "003", "005", "008" })
            {
                Assert.Equal(record.ControlValue(tag), page.ControlValue(i, tag));
            }

            var described = page.ToRecord(i, DescriptionExtractor.ReadsField);
            Assert.Equal(JsonSerializer.Serialize(DescriptionExtractor.Extract(record)), JsonSerializer.Serialize(DescriptionExtractor.Extract(described)));
        }

        return page.Count;
    }
}
