using System.Text;
using System.Xml;

namespace Gateway.Marc.Tests;

/// <summary>
/// The direct UTF-8 MARCXML writer gives the same bytes as writing through <see cref="XmlWriter"/>, indented or not,
/// from records or straight from record views.
/// </summary>
public sealed class MarcXmlUtf8WriterTests
{
    public static TheoryData<string> Cases => ["multilingual", "edge", "empty", "many"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Same_bytes_as_the_XmlWriter_path(string name)
    {
        var records = Records(name);

        var expected = ThroughXmlWriter(records);
        using var actual = new MemoryStream();
        MarcXmlWriter.WriteCollection(actual, records);

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual.ToArray()));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Indented_collection_writer_gives_the_same_bytes_as_an_indenting_XmlWriter(string name)
    {
        var records = Records(name);

        var expected = ThroughXmlWriter(records, indent: true);
        using var actual = new MemoryStream();
        using (var writer = new MarcXmlCollectionWriter(actual, indent: true))
        {
            records.ForEach(writer.Write);
            writer.Complete();
        }

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual.ToArray()));
    }

    [Theory]
    [InlineData("multilingual", false)]
    [InlineData("multilingual", true)]
    [InlineData("binary-edge", false)]
    [InlineData("binary-edge", true)]
    [InlineData("empty", true)]
    [InlineData("many", true)]
    public void Views_give_the_same_bytes_as_their_records_through_XmlWriter(string name, bool indent)
    {
        var binary = Records(name).SelectMany(Iso2709Writer.ToBytes).ToArray();
        var lenient = new MarcReadOptions { Lenient = true };

        var expected = ThroughXmlWriter(Iso2709Reader.Read(new MemoryStream(binary), lenient), indent);
        var actual = ThroughViews(binary, indent);

        Assert.Equal(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
    }

    [Fact]
    public void Views_of_every_vendor_binary_file_give_the_same_bytes_as_their_records()
    {
        var folder = Path.Combine(VendorFixtures.RequireMarc(), "binary");
        var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var lenient = new MarcReadOptions { Lenient = true };

        foreach (var file in files)
        {
            var binary = File.ReadAllBytes(file);
            var expected = ThroughXmlWriter(Iso2709Reader.Read(new MemoryStream(binary), lenient), indent: true);
            var actual = ThroughViews(binary, indent: true);
            Assert.True(expected.AsSpan().SequenceEqual(actual), $"{Path.GetFileName(file)}: the view's MARCXML differs from the record's");
        }
    }

    [Fact]
    public void Control_characters_and_noncharacters_in_UTF8_bytes_are_replaced_as_in_strings()
    {
        // Raw bytes a writer of strings never produces: U+FFFF and a C0 control inside a subfield, a bare CR.
        var body = RawRecords.Field("  ", ('a', [(byte)'x', 0xEF, 0xBF, 0xBF, 0x01, (byte)'\r', (byte)'y', 0xEF, 0xBC, 0x81]));
        var binary = RawRecords.Utf8(("001", "id"u8.ToArray()), ("245", body));

        var viaRecord = ThroughXmlWriter(Iso2709Reader.Read(new MemoryStream(binary)), indent: false);
        var viaView = ThroughViews(binary, indent: false);

        Assert.Equal(Encoding.UTF8.GetString(viaRecord), Encoding.UTF8.GetString(viaView));
        Assert.Contains("x\uFFFD\uFFFD\ny\uFF01", Encoding.UTF8.GetString(viaView), StringComparison.Ordinal);
    }

    private static byte[] ThroughViews(byte[] binary, bool indent)
    {
        using var stream = new MemoryStream();
        using (var writer = new MarcXmlCollectionWriter(stream, indent))
        {
            foreach (var view in Iso2709Reader.ReadViews(new MemoryStream(binary), new MarcReadOptions { Lenient = true }))
            {
                writer.Write(view);
            }

            writer.Complete();
        }

        return stream.ToArray();
    }

    private static List<MarcRecord> Records(string name) => name switch
    {
        "multilingual" => [TestRecords.Multilingual()],
        "empty" => [],
        "many" => [.. Enumerable.Range(1, 300).Select(i => TestRecords.Multilingual(new string('x', i * 37)))],
        "binary-edge" => [BinaryEdge(), TestRecords.Multilingual()],
        _ => [Edge()],
    };

    /// <summary>The edge cases that binary MARC can carry (its codes and indicators are printable ASCII).</summary>
    private static MarcRecord BinaryEdge()
    {
        var record = new MarcRecord("00000nam a2200000 i 4500");
        record.Fields.Add(new ControlField("001", ""));
        record.Fields.Add(new ControlField("005", "a\r\nb\rc\nd\te <&> \"q\" ]]> \u0001"));
        record.Fields.Add(TestRecords.Data("0&<", ' ', ' ', ('a', "tag with specials")));
        record.Fields.Add(TestRecords.Data("245", '"', '&', ('a', ""), ('b', "x\u0001y\uFFFEz\uFFFF"), ('<', "code <"), ('&', "code &"), ('"', "code \"")));
        record.Fields.Add(new DataField("500", ' ', ' ', []));
        record.Fields.Add(TestRecords.Data("520", ' ', ' ', ('a', "🩺 surrogate pair \uD83E\uDE7A end\r\n"), ('b', "\n")));
        record.Fields.Add(TestRecords.Data("ABC", '1', '2', ('a', "alphabetic tag")));
        return record;
    }

    private static MarcRecord Edge()
    {
        var record = new MarcRecord("00000nam a2200000 i 4500");
        record.Fields.Add(new ControlField("001", ""));
        record.Fields.Add(new ControlField("005", "a\r\nb\rc\nd\te <&> \"q\" ]]>"));
        record.Fields.Add(new ControlField("0&<", "tag with specials"));
        record.Fields.Add(TestRecords.Data("245", '"', '&', ('a', ""), ('b', "x\u0001y\uD800z\uFFFE"), ('<', "code <"), ('\t', "tab code")));
        record.Fields.Add(new DataField("500", '\u0002', ' ', []));
        record.Fields.Add(TestRecords.Data("520", ' ', ' ', ('a', "🩺 surrogate pair \uD83E\uDE7A, lone low \uDC00 end\r\n"), ('b', "\n")));
        return record;
    }

    private static byte[] ThroughXmlWriter(IEnumerable<MarcRecord> records, bool indent = false)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false, Indent = indent };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            MarcXmlWriter.WriteCollection(writer, records);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
