using System.Text;

namespace Gateway.Marc.Tests;

/// <summary>
/// The UTF-8 MARCXML scanner (decision 0028) gives exactly the <c>XmlReader</c> parser's records whenever it reads a
/// document, and gives up on everything outside its subset, so <see cref="MarcXmlReader.Read(ReadOnlyMemory{byte}, MarcReadOptions?)"/>
/// always gives what <see cref="MarcXmlReader.Read(Stream, MarcReadOptions?)"/> gives, problems included.
/// </summary>
public sealed class MarcXmlUtf8ScannerTests
{
    private const string Leader = "00000nam a2200000 a 4500";
    private const string Slim = "http://www.loc.gov/MARC21/slim";

    [Fact]
    public void Records_written_by_every_writer_are_scanned_as_the_xml_reader_reads_them()
    {
        var records = new[] { TestRecords.Awkward(), TestRecords.Multilingual(), TestRecords.Awkward("2") };
        using var utf8 = new MemoryStream();
        MarcXmlWriter.WriteCollection(utf8, records);
        var doubleQuoted = Wrap(string.Concat(records.Select(MarcXmlWriter.ToXml)));
        var singleQuoted = Wrap(string.Concat(records.Select(r => MarcXmlWriter.ToXmlSingleQuoted(r, _ => true))));

        foreach (var document in new[] { utf8.ToArray(), doubleQuoted, singleQuoted })
        {
            var scanned = AssertScannedAsXmlReaderReads(document);
            Assert.Equal(records.Length, scanned.Count);
            for (var i = 0; i < records.Length; i++)
            {
                MarcAssert.Equal(records[i], scanned[i]);
            }
        }
    }

    [Fact]
    public void References_quotes_whitespace_declarations_and_extension_elements_are_read()
    {
        const string xml = """
            <?xml version='1.0' encoding='utf-8' standalone='yes'?>
            <!-- a comment before the root -->
            <collection xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.gov/MARC21/slim http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd" xmlns="http://www.loc.gov/MARC21/slim">
              <record type = 'Bibliographic'>
                <leader>00000nam a2200000 a 4500</leader>
                <controlfield tag="001">42</controlfield><!-- between fields -->
                <controlfield tag='005'/>
                <datafield tag="245" ind1="1" ind2=''>
                  <subfield code="a">Caf&#233; &amp; b&#xE9;cs &lt;1&gt; &quot;q&quot; &apos;a&apos; &#x1F600; ]] ></subfield>
                  <subfield code='b'></subfield>
                  <subfield code="c"/>
                </datafield>
                <datafield tag="500" ind1=" " ind2=" "/>
                <identifier xmlns="">oai:koha:42<nested a="1"/></identifier>
                <datafield tag="999" ind1=" " ind2=" "><subfield code="c">42</subfield><subfield code="d">42</subfield></datafield>
              </record>
              <record><leader>01234cam a2200289 i 4500</leader></record>
            </collection>
            <!-- and after it -->
            """;

        var records = AssertScannedAsXmlReaderReads(Encoding.UTF8.GetBytes(xml));

        Assert.Equal(2, records.Count);
        var field = Assert.IsType<DataField>(records[0].Fields[2]);
        Assert.Equal('1', field.Indicator1);
        Assert.Equal(' ', field.Indicator2);
        Assert.Equal("Café & bécs <1> \"q\" 'a' 😀 ]] >", field.FirstValue('a'));
        Assert.Equal(["", ""], field.Subfields.Skip(1).Select(s => s.Value));
        Assert.Equal(string.Empty, ((ControlField)records[0].Fields[1]).Value);
        Assert.Equal("42", records[0].FirstValue("999", 'c'));
        Assert.Empty(records[1].Fields);
    }

    [Fact]
    public void A_byte_order_mark_and_a_record_nested_in_other_elements_are_read()
    {
        var xml = $"<wrapper><header a='b'>text</header><metadata><record xmlns='{Slim}'><leader>{Leader}</leader><controlfield tag='001'>7</controlfield></record></metadata></wrapper>";
        var document = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(xml)).ToArray();

        var record = Assert.Single(AssertScannedAsXmlReaderReads(document));

        Assert.Equal("7", record.ControlValue("001"));
    }

    [Theory]
    [InlineData("comment in a value", "<collection><record><leader>LEADER</leader><controlfield tag='001'>a<!-- c -->b</controlfield></record></collection>")]
    [InlineData("malformed comment", "<collection><!-- a -- b --><record><leader>LEADER</leader></record></collection>")]
    [InlineData("CDATA", "<collection><record><leader><![CDATA[LEADER]]></leader></record></collection>")]
    [InlineData("processing instruction", "<?xml-stylesheet href='a'?><collection><record><leader>LEADER</leader></record></collection>")]
    [InlineData("DOCTYPE", "<!DOCTYPE collection><collection><record><leader>LEADER</leader></record></collection>")]
    [InlineData("prefixed elements", "<marc:collection xmlns:marc='http://www.loc.gov/MARC21/slim'><marc:record><marc:leader>LEADER</marc:leader></marc:record></marc:collection>")]
    [InlineData("another default namespace", "<collection xmlns='urn:other'><record><leader>LEADER</leader></record></collection>")]
    [InlineData("CR LF", "<collection>\r\n<record><leader>LEADER</leader><controlfield tag='001'>a\r\nb</controlfield></record></collection>")]
    [InlineData("declared Latin-1", "<?xml version='1.0' encoding='ISO-8859-1'?><collection><record><leader>LEADER</leader></record></collection>")]
    [InlineData("no leader", "<collection><record><controlfield tag='001'>1</controlfield></record></collection>")]
    [InlineData("empty record", "<collection><record/></collection>")]
    [InlineData("short leader", "<collection><record><leader>00000nam</leader></record></collection>")]
    [InlineData("two-digit tag", "<collection><record><leader>LEADER</leader><controlfield tag='01'>1</controlfield></record></collection>")]
    [InlineData("no tag", "<collection><record><leader>LEADER</leader><datafield ind1='1'><subfield code='a'>x</subfield></datafield></record></collection>")]
    [InlineData("long indicator", "<collection><record><leader>LEADER</leader><datafield tag='245' ind1='10'><subfield code='a'>x</subfield></datafield></record></collection>")]
    [InlineData("subfield without code", "<collection><record><leader>LEADER</leader><datafield tag='245'><subfield>x</subfield></datafield></record></collection>")]
    [InlineData("unexpected element in a field", "<collection><record><leader>LEADER</leader><datafield tag='245'><note>x</note></datafield></record></collection>")]
    [InlineData("element in a value", "<collection><record><leader>LEADER</leader><datafield tag='245'><subfield code='a'>x<b>y</b></subfield></datafield></record></collection>")]
    [InlineData("field outside a record", "<collection><datafield tag='245'/><record><leader>LEADER</leader></record></collection>")]
    [InlineData("mismatched end tag", "<collection><record><leader>LEADER</leader></recordx></collection>")]
    [InlineData("unclosed document", "<collection><record><leader>LEADER</leader></record>")]
    [InlineData("undeclared attribute prefix", "<collection xsi:schemaLocation='x'><record><leader>LEADER</leader></record></collection>")]
    [InlineData("duplicate attribute", "<collection><record><leader>LEADER</leader><controlfield tag='001' tag='002'>1</controlfield></record></collection>")]
    [InlineData("unknown entity", "<collection><record><leader>LEADER</leader><controlfield tag='001'>&nbsp;</controlfield></record></collection>")]
    [InlineData("reference to NUL", "<collection><record><leader>LEADER</leader><controlfield tag='001'>&#0;</controlfield></record></collection>")]
    [InlineData("]]> in text", "<collection><record><leader>LEADER</leader><controlfield tag='001'>a]]>b</controlfield></record></collection>")]
    [InlineData("second root", "<collection><record><leader>LEADER</leader></record></collection><collection/>")]
    [InlineData("text after the root", "<collection><record><leader>LEADER</leader></record></collection>junk")]
    [InlineData("attributes without space", "<collection><record><leader>LEADER</leader><datafield tag='245'ind1='1'/></record></collection>")]
    [InlineData("tab in a tag", "<collection><record><leader>LEADER</leader><controlfield tag='00\t'>1</controlfield></record></collection>")]
    public void Documents_outside_the_subset_are_left_to_the_xml_reader(string why, string xml)
    {
        var document = Encoding.UTF8.GetBytes(xml.Replace("LEADER", Leader, StringComparison.Ordinal));

        Assert.True(MarcXmlUtf8Scanner.TryRead(document) is null, why);
        AssertSameAsStream(document);
    }

    [Fact]
    public void Invalid_utf8_and_noncharacters_are_left_to_the_xml_reader()
    {
        var valid = Encoding.UTF8.GetBytes($"<collection><record><leader>{Leader}</leader><controlfield tag='001'>ab</controlfield></record></collection>");
        var at = Array.IndexOf(valid, (byte)'b');
        byte[][] documents =
        [
            [.. valid[..at], 0xC3, .. valid[at..]], // a lead byte without its continuation
            [.. valid[..at], 0xED, 0xA0, 0x80, .. valid[at..]], // an encoded surrogate
            [.. valid[..at], 0xEF, 0xBF, 0xBF, .. valid[at..]], // U+FFFF
            [.. valid[..at], 0x01, .. valid[at..]], // a C0 control
        ];

        foreach (var document in documents)
        {
            Assert.Null(MarcXmlUtf8Scanner.TryRead(document));
            AssertSameAsStream(document);
        }
    }

    [Fact]
    public void Strict_reading_from_memory_throws_as_from_a_stream()
    {
        var document = Encoding.UTF8.GetBytes("<collection><record><controlfield tag='001'>1</controlfield></record></collection>");

        var fromStream = Assert.Throws<MarcFormatException>(() => MarcXmlReader.Read(new MemoryStream(document)).ToList());
        var fromMemory = Assert.Throws<MarcFormatException>(() => MarcXmlReader.Read(document.AsMemory()).ToList());

        Assert.Equal(fromStream.Message, fromMemory.Message);
    }

    [Fact]
    public void Project_fixtures_read_from_memory_as_from_a_stream()
    {
        foreach (var document in TestRecords.ProjectMarcXmlFixtures())
        {
            AssertSameAsStream(document);
        }

        Assert.NotNull(MarcXmlUtf8Scanner.TryRead(TestRecords.ProjectFixture("clinical-handbook.xml")));
    }

    [Fact]
    public void Vendor_fixtures_read_from_memory_as_from_a_stream()
    {
        var files = Directory.GetFiles(Path.Combine(VendorFixtures.RequireMarc(), "marcxml"), "*.xml");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            AssertSameAsStream(File.ReadAllBytes(file));
        }
    }

    [Fact]
    public void Mutated_documents_read_from_memory_as_from_a_stream()
    {
        using var utf8 = new MemoryStream();
        MarcXmlWriter.WriteCollection(utf8, [TestRecords.Awkward(), TestRecords.Multilingual()]);
        var valid = utf8.ToArray();
        string[] pieces = ["<", ">", "&", ";", "'", "\"", "/", "=", " ", "\t", "\n", "\r", "#", "x", "0", "a", "-", "]]>", "<!--", "-->", "&amp;", "&#1;", "é", "tag", "code"];
        var scanned = 0;
        foreach (var document in TestRecords.Mutations(valid, pieces, seed: 28, count: 600))
        {
            AssertSameAsStream(document);
            scanned += MarcXmlUtf8Scanner.TryRead(document) is null ? 0 : 1;
        }

        Assert.InRange(scanned, 1, 599); // both paths were exercised
    }


    private static byte[] Wrap(string records) =>
        Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<collection xmlns=\"{Slim}\">\n{records}\n</collection>\n");

    /// <summary>The scanner reads the document, with the XML reader's records and no problem.</summary>
    private static List<MarcRecord> AssertScannedAsXmlReaderReads(byte[] document)
    {
        var scanned = MarcXmlUtf8Scanner.TryRead(document);
        Assert.NotNull(scanned);
        AssertSameAsStream(document);
        return scanned;
    }

    /// <summary>Reading from memory gives the records and problems reading from a stream gives.</summary>
    private static void AssertSameAsStream(byte[] document)
    {
        var streamProblems = new List<MarcProblem>();
        var memoryProblems = new List<MarcProblem>();
        var expected = MarcXmlReader.Read(new MemoryStream(document), new MarcReadOptions { Lenient = true, OnProblem = streamProblems.Add }).ToList();
        var actual = MarcXmlReader.Read(document.AsMemory(), new MarcReadOptions { Lenient = true, OnProblem = memoryProblems.Add }).ToList();

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            MarcAssert.Equal(expected[i], actual[i]);
        }

        Assert.Equal(streamProblems, memoryProblems);
        if (MarcXmlUtf8Scanner.TryRead(document) is not null)
        {
            Assert.Empty(streamProblems); // the scanner reads only what the XML reader reads without a problem
        }
    }
}
