using System.Text;

namespace Gateway.Marc.Tests;

/// <summary>
/// <see cref="MarcXmlReader.ParseRecord"/> reads text in the scanner's subset through its UTF-8 form: the record, or the
/// strict failure, is always the one <c>XmlReader</c> over the same text gives.
/// </summary>
public sealed class MarcXmlParseRecordTests
{
    [Fact]
    public void Every_writer_s_text_parses_as_the_xml_reader_parses_it()
    {
        foreach (var record in new[] { TestRecords.Awkward(), TestRecords.Multilingual(), TestRecords.Awkward("2", kohaIds: true) })
        {
            foreach (var xml in new[] { MarcXmlWriter.ToXml(record), MarcXmlWriter.ToXmlSingleQuoted(record, _ => true), Collection(record) })
            {
                Assert.NotNull(MarcXmlUtf8Scanner.TryRead(Encoding.UTF8.GetBytes(xml))); // the fast path is the one taken
                MarcAssert.Equal(ViaXmlReader(xml), MarcXmlReader.ParseRecord(xml));
                MarcAssert.Equal(record, MarcXmlReader.ParseRecord(xml));
            }
        }
    }

    [Fact]
    public void Mutated_texts_give_the_xml_reader_s_record_or_its_failure()
    {
        var valid = Encoding.UTF8.GetBytes(MarcXmlWriter.ToXml(TestRecords.Awkward()));
        string[] pieces = ["<", ">", "&", ";", "'", "\"", "/", "=", " ", "\t", "\n", "\r", "#", "x", "0", "a", "-", "]]>", "<!--", "&amp;", "&#1;", "é", "tag", "code"];
        var (scanned, failed) = (0, 0);
        foreach (var document in TestRecords.Mutations(valid, pieces, seed: 41, count: 400))
        {
            var xml = Encoding.UTF8.GetString(document);
            var expected = Outcome(() => ViaXmlReader(xml));
            var actual = Outcome(() => MarcXmlReader.ParseRecord(xml));
            Assert.Equal(expected.Failed, actual.Failed);
            if (!expected.Failed)
            {
                MarcAssert.Equal(expected.Record!, actual.Record!);
            }

            scanned += MarcXmlUtf8Scanner.TryRead(Encoding.UTF8.GetBytes(xml)) is { Count: > 0 } ? 1 : 0;
            failed += expected.Failed ? 1 : 0;
        }

        Assert.InRange(scanned, 1, 399); // both paths were exercised
        Assert.InRange(failed, 1, 399);
    }

    [Fact]
    public void A_lone_surrogate_is_not_read_by_the_fast_path_and_fails_as_before()
    {
        var xml = MarcXmlWriter.ToXml(TestRecords.Awkward()).Replace("<subfield code=\"a\">", "<subfield code=\"a\">\uD800", StringComparison.Ordinal);

        Assert.Equal(Outcome(() => ViaXmlReader(xml)).Failed, Outcome(() => MarcXmlReader.ParseRecord(xml)).Failed);
    }

    [Fact]
    public void A_text_declaring_another_encoding_is_read_by_the_xml_reader_as_text()
    {
        var xml = MarcXmlWriter.ToXml(TestRecords.Multilingual()).Replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"", StringComparison.Ordinal);
        var declared = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml : "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + xml;

        MarcAssert.Equal(ViaXmlReader(declared), MarcXmlReader.ParseRecord(declared));
        MarcAssert.Equal(TestRecords.Multilingual(), MarcXmlReader.ParseRecord(declared));
    }

    private static string Collection(MarcRecord record)
    {
        using var utf8 = new MemoryStream();
        MarcXmlWriter.WriteCollection(utf8, [record]);
        return Encoding.UTF8.GetString(utf8.ToArray());
    }

    private static MarcRecord ViaXmlReader(string xml)
    {
        using var text = new StringReader(xml);
        return MarcXmlReader.Read(text).FirstOrDefault() ?? throw new MarcFormatException("The XML holds no MARC record element.", 0, null);
    }

    private static (bool Failed, MarcRecord? Record) Outcome(Func<MarcRecord> parse)
    {
        try
        {
            return (false, parse());
        }
        catch (MarcFormatException)
        {
            return (true, null);
        }
    }
}
