using System.Xml.Linq;

namespace Gateway.Marc.Tests;

/// <summary>
/// <see cref="MarcXmlWriter.ToXmlSingleQuoted"/> writes the same XML as
/// <see cref="MarcXmlWriter.ToXml(MarcRecord, Func{MarcField, bool})"/>, attributes in single quotes: the same tree
/// and record read back, and no double quote that no value holds (decision 0024).
/// </summary>
public sealed class MarcXmlSingleQuotedTests
{
    private static readonly Func<MarcField, bool> All = _ => true;
    private static readonly Func<MarcField, bool> NoItems = f => f.Tag is not ("952" or "999");

    [Fact]
    public void Same_xml_for_escapes_controls_quotes_and_new_lines()
    {
        var record = new MarcRecord("00000nam a2200000 i 4500");
        record.Fields.Add(new ControlField("001", ""));
        record.Fields.Add(new ControlField("005", "a\r\nb\rc\nd\te <&> \"q\" 'a' ]]>"));
        record.Fields.Add(new ControlField("0'<", "tag with specials"));
        record.Fields.Add(TestRecords.Data("245", '\'', '"', ('a', ""), ('b', "x\u0001y\uD800z\uFFFE"), ('\'', "code '"), ('"', "code \"")));
        record.Fields.Add(new DataField("500", '\u0002', ' ', []));
        record.Fields.Add(TestRecords.Data("520", ' ', ' ', ('a', "🩺 surrogate pair, lone low \uDC00 end\r\n"), ('b', "\n")));
        record.Fields.Add(TestRecords.Data("952", ' ', ' ', ('p', "3900001")));

        AssertSameXml(record, All);
        AssertSameXml(record, NoItems);
        Assert.Contains("ind1='&apos;'", MarcXmlWriter.ToXmlSingleQuoted(record, All), StringComparison.Ordinal);
    }

    [Fact]
    public void No_double_quote_where_no_value_holds_one()
    {
        var record = new MarcRecord("00000nam a2200000 i 4500");
        record.Fields.Add(new ControlField("001", "42"));
        record.Fields.Add(TestRecords.Data("245", '1', '0', ('a', "Oxford handbook of clinical medicine :"), ('b', "Wilkinson's 10th <ed.> & more")));
        record.Fields.Add(TestRecords.Data("650", ' ', '2', ('a', "Clinical Medicine")));
        record.Fields.Add(TestRecords.Data("952", ' ', ' ', ('p', "3900001")));

        var xml = MarcXmlWriter.ToXmlSingleQuoted(record, NoItems);

        Assert.DoesNotContain("\"", xml, StringComparison.Ordinal);
        Assert.StartsWith("<record xmlns='http://www.loc.gov/MARC21/slim'><leader>", xml, StringComparison.Ordinal);
        AssertSameXml(record, NoItems);
    }

    [Fact]
    public void Same_xml_for_long_records_that_outgrow_the_first_buffer()
    {
        var record = TestRecords.Multilingual(new string('x', 50_000));
        for (var i = 0; i < 200; i++)
        {
            record.Fields.Add(TestRecords.Data(i % 3 == 0 ? "952" : "650", ' ', '0', ('a', $"Subject {i} & 'more' <{i}>"), ('9', "77")));
        }

        AssertSameXml(record, All);
        AssertSameXml(record, NoItems);
    }

    [Fact]
    public void Same_xml_for_every_record_of_the_vendor_marcxml_fixtures()
    {
        var folder = Path.Combine(VendorFixtures.RequireMarc(), "marcxml");
        var compared = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.xml"))
        {
            using var stream = File.OpenRead(file);
            foreach (var record in MarcXmlReader.Read(stream, new MarcReadOptions { Lenient = true }))
            {
                AssertSameXml(record, NoItems);
                compared++;
            }
        }

        Assert.True(compared > 10, $"only {compared} records in {folder}");
    }

    private static void AssertSameXml(MarcRecord record, Func<MarcField, bool> include)
    {
        var expected = MarcXmlWriter.ToXml(record, include);
        var actual = MarcXmlWriter.ToXmlSingleQuoted(record, include);
        Assert.True(XNode.DeepEquals(XElement.Parse(expected), XElement.Parse(actual)), $"not the same XML:\n{expected}\n{actual}");
        MarcAssert.Equal(MarcXmlReader.ParseRecord(expected), MarcXmlReader.ParseRecord(actual));
    }
}
