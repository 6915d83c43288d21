using System.Text;
using System.Xml;

namespace Gateway.Marc.Cli.Tests;

/// <summary>
/// <c>convert --to marcxml</c> writes straight to UTF-8 (from the reader's views for binary input): its bytes must be
/// exactly those the tool wrote before through an indenting <see cref="XmlWriter"/>.
/// </summary>
public sealed class MarcXmlOutputTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Binary_input_gives_the_bytes_of_the_XmlWriter_path()
    {
        var bytes = Concat(TestMarc.Binary(TestMarc.Clean(), TestMarc.BadIsbn(), TestMarc.Untitled(), TestMarc.Unicode()), TestMarc.WithWrongLength(TestMarc.Binary(Edge())));
        var file = _temp.File("in.mrc", bytes);

        var result = await Cli.RunAsync("convert", "--to", "marcxml", file);

        Assert.Equal(1, result.ExitCode); // the wrong length is reported; the output is still complete
        Assert.Equal(Encoding.UTF8.GetString(ThroughXmlWriter(ReadBinary(bytes))), result.Output);
    }

    [Fact]
    public async Task Marcxml_input_gives_the_bytes_of_the_XmlWriter_path()
    {
        var records = new[] { TestMarc.Clean(), TestMarc.Unicode(), Edge() };
        var file = _temp.File("in.xml", TestMarc.Xml(records));

        var result = await Cli.RunAsync("convert", "--to", "marcxml", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Encoding.UTF8.GetString(ThroughXmlWriter(TestMarc.ReadXml(TestMarc.Xml(records)))), result.Output);
    }

    [Fact]
    public async Task Empty_input_gives_the_bytes_of_the_XmlWriter_path()
    {
        var file = _temp.File("in.xml", TestMarc.Xml());

        var result = await Cli.RunAsync("convert", "--to", "marcxml", file);

        Assert.Equal(Encoding.UTF8.GetString(ThroughXmlWriter([])), result.Output);
    }

    [Fact]
    public async Task Every_vendor_binary_file_gives_the_bytes_of_the_XmlWriter_path()
    {
        var folder = VendorFixtures.RequireBinaryFolder();
        var compared = 0;
        foreach (var file in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var result = await Cli.RunAsync("convert", "--to", "marcxml", file);
            if (result.ExitCode == 2)
            {
                output.WriteLine($"{Path.GetFileName(file)}: not MARC, skipped");
                continue;
            }

            var expected = ThroughXmlWriter(ReadBinary(File.ReadAllBytes(file)));
            Assert.True(expected.AsSpan().SequenceEqual(result.OutputBytes), $"{Path.GetFileName(file)}: MARCXML differs from the XmlWriter path");
            compared++;
        }

        Assert.True(compared > 0);
        output.WriteLine($"{compared} files gave identical bytes");
    }

    /// <summary>Text and attributes that need escaping or replacing, an empty value, a field with no subfields.</summary>
    private static MarcRecord Edge() => new("00000nam a2200000 a 4500",
    [
        new ControlField("001", "edge <&> \"1\""),
        new ControlField("005", ""),
        new DataField("245", '"', '&', [new Subfield('a', "x\u0001y\r\nz\rw\tv"), new Subfield('<', "code"), new Subfield('b', "")]),
        new DataField("500", ' ', ' ', []),
        new DataField("ABC", '1', ' ', [new Subfield('a', "🩺 \uFFFE")]),
    ]);

    private static List<MarcRecord> ReadBinary(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return [.. Iso2709Reader.Read(stream, new MarcReadOptions { Lenient = true })];
    }

    /// <summary>The tool's former MARCXML output: an indenting XmlWriter, record by record.</summary>
    private static byte[] ThroughXmlWriter(IEnumerable<MarcRecord> records)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("collection", "http://www.loc.gov/MARC21/slim");
            foreach (var record in records)
            {
                MarcXmlWriter.Write(xml, record);
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
