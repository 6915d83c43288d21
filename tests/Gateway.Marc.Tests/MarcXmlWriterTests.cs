using System.Text;

namespace Gateway.Marc.Tests;

public sealed class MarcXmlWriterTests
{
    [Fact]
    public void ToXml_is_a_standalone_record_element_in_the_slim_namespace()
    {
        var xml = MarcXmlWriter.ToXml(TestRecords.Multilingual());

        Assert.StartsWith("<record xmlns=\"http://www.loc.gov/MARC21/slim\"><leader>00000nam a2200000 i 4500</leader>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", xml, StringComparison.Ordinal);
        Assert.Contains("<controlfield tag=\"001\">multi-001</controlfield>", xml, StringComparison.Ordinal);
        Assert.Contains("<datafield tag=\"245\" ind1=\"1\" ind2=\"0\"><subfield code=\"a\">Café society :</subfield>", xml, StringComparison.Ordinal);
        Assert.Contains("&lt;tag&gt; &amp;", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Collection_stream_is_utf8_with_declaration_and_without_bom()
    {
        using var stream = new MemoryStream();

        MarcXmlWriter.WriteCollection(stream, [TestRecords.Multilingual()]);

        var bytes = stream.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        var text = Encoding.UTF8.GetString(bytes);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><collection xmlns=\"http://www.loc.gov/MARC21/slim\"><record>", text, StringComparison.Ordinal);
        Assert.Contains("中文", text, StringComparison.Ordinal);
        Assert.True(stream.CanWrite, "the stream is left open");
    }

    [Fact]
    public void Control_characters_that_xml_cannot_carry_are_replaced()
    {
        var record = new MarcRecord("00000nam a2200000 a 4500", [TestRecords.Data("500", ' ', ' ', ('a', "bell\u0007 and lone \uD800 surrogate 🩺"))]);

        var read = MarcXmlReader.ParseRecord(MarcXmlWriter.ToXml(record));

        Assert.Equal("bell\uFFFD and lone \uFFFD surrogate 🩺", read.FirstValue("500", 'a'));
    }
}
