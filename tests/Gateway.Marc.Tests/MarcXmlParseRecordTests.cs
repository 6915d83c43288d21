using System.Text;

namespace Gateway.Marc.Tests;

/// <summary>
/// <see cref="MarcXmlReader.ParseRecord"/> reads a text in the UTF-8 scanner's subset from its UTF-8 form (decision
/// 0046) and any other with <c>XmlReader</c>: either way it gives the first record the <c>XmlReader</c> path gives, and
/// fails where that path fails, with the same exception.
/// </summary>
public sealed class MarcXmlParseRecordTests
{
    private const string Slim = "http://www.loc.gov/MARC21/slim";

    public static TheoryData<string, string> Texts()
    {
        var awkward = MarcXmlWriter.ToXml(TestRecords.Awkward());
        var multilingual = MarcXmlWriter.ToXml(TestRecords.Multilingual());
        const string plain = """<record><leader>00000nam a2200000 a 4500</leader><controlfield tag="001">7</controlfield><datafield tag="245" ind1="1" ind2="0"><subfield code="a">Caf&#233; &amp; t&#xE9;</subfield></datafield></record>""";
        return new TheoryData<string, string>
        {
            { "written by this library", awkward },
            { "several scripts", multilingual },
            { "no namespace, references", plain },
            { "first of a collection", $"""<?xml version="1.0" encoding="UTF-8"?><collection xmlns="{Slim}">{plain}{awkward}</collection>""" },
            { "a declaration of another encoding", $"""<?xml version="1.0" encoding="ISO-8859-1"?>{plain}""" },
            { "a prefix (outside the subset)", """<m:record xmlns:m="http://www.loc.gov/MARC21/slim"><m:leader>00000nam a2200000 a 4500</m:leader><m:controlfield tag="001">p</m:controlfield></m:record>""" },
            { "a comment (outside the subset)", plain.Replace("<leader>", "<!-- c --><leader>", StringComparison.Ordinal) },
            { "a byte order mark", "\uFEFF" + plain },
            { "a malformed tail after the first record", $"""<collection xmlns="{Slim}">{plain}<record><leader>short</leader></record></collection>""" },
            { "a lone surrogate", plain.Replace("t&#xE9;", "t\uD800", StringComparison.Ordinal) },
            { "no record", $"""<collection xmlns="{Slim}"/>""" },
            { "a short leader", """<record><leader>short</leader></record>""" },
            { "not well-formed", plain[..^10] },
            { "empty", string.Empty },
        };
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Gives_what_the_xml_reader_gives(string because, string xml)
    {
        var expected = Capture(() => FirstByXmlReader(xml));
        var actual = Capture(() => MarcXmlReader.ParseRecord(xml));

        Assert.True(expected.Error?.GetType() == actual.Error?.GetType(), $"{because}: {expected.Error?.GetType()} then {actual.Error?.GetType()}");
        Assert.Equal(expected.Error?.Message, actual.Error?.Message);
        if (expected.Record is not null)
        {
            MarcAssert.Equal(expected.Record, actual.Record!);
        }
    }

    [Fact]
    public void Mutated_texts_give_what_the_xml_reader_gives_on_both_paths()
    {
        var valid = Encoding.UTF8.GetBytes(MarcXmlWriter.ToXml(TestRecords.Awkward()));
        string[] pieces = ["<", ">", "&", ";", "'", "\"", "/", "=", " ", "\n", "\r", "#", "a", "]]>", "<!--", "&amp;", "&#1;", "é", "tag"];
        var scanned = 0;
        foreach (var document in TestRecords.Mutations(valid, pieces, seed: 46, count: 400))
        {
            var xml = Encoding.UTF8.GetString(document);
            Gives_what_the_xml_reader_gives("mutation", xml);
            scanned += MarcXmlUtf8Scanner.TryRead(Encoding.UTF8.GetBytes(xml)) is [_, ..] ? 1 : 0;
        }

        Assert.InRange(scanned, 1, 399); // both paths were exercised
    }

    [Fact]
    public void What_the_writers_give_is_in_the_scanned_subset()
    {
        // The catalogue's changes carry MARCXML as this library writes it, so ParseRecord reads them on the fast path.
        Assert.NotNull(MarcXmlUtf8Scanner.TryRead(Encoding.UTF8.GetBytes(MarcXmlWriter.ToXml(TestRecords.Multilingual()))));
    }

    private static MarcRecord FirstByXmlReader(string xml)
    {
        using var text = new StringReader(xml);
        return MarcXmlReader.Read(text).FirstOrDefault()
            ?? throw new MarcFormatException("The XML holds no MARC record element.", 0, null);
    }

    private static (MarcRecord? Record, Exception? Error) Capture(Func<MarcRecord> read)
    {
        try
        {
            return (read(), null);
        }
#pragma warning disable CA1031 // the test compares whatever each path throws
        catch (Exception e)
#pragma warning restore CA1031
        {
            return (null, e);
        }
    }
}
