using System.Text;
using System.Xml;

namespace Gateway.Marc.Tests;

/// <summary>The direct UTF-8 MARCXML writer gives the same bytes as writing through <see cref="XmlWriter"/>.</summary>
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

    private static List<MarcRecord> Records(string name) => name switch
    {
        "multilingual" => [TestRecords.Multilingual()],
        "empty" => [],
        "many" => [.. Enumerable.Range(1, 300).Select(i => TestRecords.Multilingual(new string('x', i * 37)))],
        _ => [Edge()],
    };

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

    private static byte[] ThroughXmlWriter(IEnumerable<MarcRecord> records)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false, Indent = false };
        using (var writer = XmlWriter.Create(stream, settings))
        {
            writer.WriteStartDocument();
            MarcXmlWriter.WriteCollection(writer, records);
            writer.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
