using System.Text;

namespace Gateway.Marc.Tests;

public sealed class MarcXmlReaderTests
{
    private const string Leader = "00000nam a2200000 a 4500";

    private static string Record(string id, string fields = "") =>
        $"""<record><leader>{Leader}</leader><controlfield tag="001">{id}</controlfield>{fields}<datafield tag="245" ind1="1" ind2="0"><subfield code="a">Title {id}</subfield></datafield></record>""";

    private static string Collection(params string[] records) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><collection xmlns="http://www.loc.gov/MARC21/slim">{string.Concat(records)}</collection>""";

    private static List<MarcRecord> ReadString(string xml, MarcReadOptions? options = null) =>
        MarcXmlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), options).ToList();

    [Fact]
    public void Collection_with_several_records_is_read_in_order()
    {
        var records = ReadString(Collection(Record("1"), Record("2"), Record("3")));

        Assert.Equal(["1", "2", "3"], records.Select(r => r.ControlValue("001")));
        Assert.Equal("Title 2", records[1].FirstValue("245", 'a'));
    }

    [Fact]
    public void Single_record_without_namespace_is_read()
    {
        var record = MarcXmlReader.ParseRecord(Record("solo"));

        Assert.Equal(Leader, record.Leader);
        Assert.Equal("solo", record.ControlValue("001"));
    }

    [Fact]
    public void Prefixed_namespace_and_comments_are_accepted()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!-- exported -->
            <marc:collection xmlns:marc="http://www.loc.gov/MARC21/slim">
              <marc:record>
                <!-- a comment inside a record -->
                <marc:leader>00000nam a2200000 a 4500</marc:leader>
                <marc:datafield tag="245" ind1="0" ind2="0">
                  <marc:subfield code="a">Pre<!-- split -->fixed</marc:subfield>
                </marc:datafield>
              </marc:record>
            </marc:collection>
            """;

        var record = ReadString(xml).Single();

        Assert.Equal("Prefixed", record.FirstValue("245", 'a'));
    }

    [Fact]
    public void Marc_record_inside_an_oai_pmh_envelope_is_found_and_the_envelope_ignored()
    {
        var xml = $"""
            <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record><header><identifier>oai:x:1</identifier></header>
            <metadata><record xmlns="http://www.loc.gov/MARC21/slim"><leader>{Leader}</leader><controlfield tag="001">inside</controlfield></record></metadata>
            </record></ListRecords></OAI-PMH>
            """;

        var record = ReadString(xml).Single();

        Assert.Equal("inside", record.ControlValue("001"));
    }

    [Fact]
    public void Whitespace_inside_values_is_preserved()
    {
        var xml = $"""<record><leader>{Leader}</leader><datafield tag="010" ind1=" " ind2=" "><subfield code="a">   00020737 </subfield><subfield code="b"> </subfield></datafield></record>""";

        var field = (DataField)MarcXmlReader.ParseRecord(xml).Fields[0];

        Assert.Equal([new Subfield('a', "   00020737 "), new Subfield('b', " ")], field.Subfields);
    }

    [Fact]
    public void Missing_indicators_read_as_blanks()
    {
        var xml = $"""<record><leader>{Leader}</leader><datafield tag="245"><subfield code="a">T</subfield></datafield></record>""";

        var field = (DataField)MarcXmlReader.ParseRecord(xml).Fields[0];

        Assert.Equal((' ', ' '), (field.Indicator1, field.Indicator2));
    }

    [Fact]
    public void Lenient_mode_skips_a_field_without_tag_and_reports_the_record_number()
    {
        var bad = Record("2", """<datafield ind1=" " ind2=" "><subfield code="a">no tag</subfield></datafield>""");
        var problems = new List<MarcProblem>();

        var records = ReadString(Collection(Record("1"), bad, Record("3")), new MarcReadOptions { Lenient = true, OnProblem = problems.Add });

        Assert.Equal(3, records.Count);
        Assert.Equal(["001", "245"], records[1].Fields.Select(f => f.Tag));
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.RecordNumber);
        Assert.Null(problem.ByteOffset);
        Assert.Contains("without tag", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_mode_throws_MarcFormatException_for_a_field_without_tag()
    {
        var bad = Record("2", """<controlfield>no tag</controlfield>""");

        var ex = Assert.Throws<MarcFormatException>(() => ReadString(Collection(Record("1"), bad)));

        Assert.Equal(2, ex.RecordNumber);
        Assert.IsAssignableFrom<FormatException>(ex);
    }

    [Fact]
    public void Subfield_without_code_is_skipped_in_lenient_mode_with_its_tag_reported()
    {
        var bad = Record("1", """<datafield tag="500" ind1=" " ind2=" "><subfield>lost</subfield><subfield code="a">kept</subfield></datafield>""");
        var problems = new List<MarcProblem>();

        var record = ReadString(Collection(bad), new MarcReadOptions { Lenient = true, OnProblem = problems.Add }).Single();

        Assert.Equal("kept", record.FirstValue("500", 'a'));
        Assert.Equal("500", Assert.Single(problems).Tag);
        var ex = Assert.Throws<MarcFormatException>(() => ReadString(Collection(bad)));
        Assert.Equal("500", ex.Tag);
    }

    [Fact]
    public void Tag_without_leading_zeros_is_padded_and_reported()
    {
        var problems = new List<MarcProblem>();
        var xml = $"""<record><leader>{Leader}</leader><datafield tag="10" ind1=" " ind2=" "><subfield code="a">x</subfield></datafield></record>""";

        var record = ReadString(xml, new MarcReadOptions { Lenient = true, OnProblem = problems.Add }).Single();

        Assert.Equal("010", record.Fields[0].Tag);
        Assert.Single(problems);
    }

    [Fact]
    public void Xml_that_is_not_well_formed_throws_in_strict_mode_and_is_reported_in_lenient_mode()
    {
        var xml = Collection(Record("1")).Replace("</collection>", "<record><leader>", StringComparison.Ordinal);
        var problems = new List<MarcProblem>();

        var lenient = ReadString(xml, new MarcReadOptions { Lenient = true, OnProblem = problems.Add });

        Assert.Equal("1", Assert.Single(lenient).ControlValue("001"));
        Assert.Equal(2, Assert.Single(problems).RecordNumber);
        var ex = Assert.Throws<MarcFormatException>(() => ReadString(xml));
        Assert.IsType<System.Xml.XmlException>(ex.InnerException);
    }

    [Fact]
    public void Reading_is_streaming_so_records_before_a_broken_tail_are_delivered()
    {
        var xml = Collection(Record("1"), Record("2")).Replace("</collection>", "<record><oops", StringComparison.Ordinal);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var first = MarcXmlReader.Read(stream).Take(2).ToList();

        Assert.Equal(["1", "2"], first.Select(r => r.ControlValue("001")));
    }

    [Fact]
    public void Large_collection_is_read_completely()
    {
        using var stream = new MemoryStream();
        MarcXmlWriter.WriteCollection(stream, Enumerable.Range(1, 2000).Select(i => TestRecords.Multilingual(i.ToString())));
        stream.Position = 0;

        var count = 0;
        string? last = null;
        foreach (var record in MarcXmlReader.Read(stream))
        {
            count++;
            last = record.ControlValue("001");
        }

        Assert.Equal(2000, count);
        Assert.Equal("2000", last);
    }

    [Fact]
    public void Datafield_outside_a_record_is_reported()
    {
        var xml = """<collection xmlns="http://www.loc.gov/MARC21/slim"><datafield tag="952" ind1=" " ind2=" "><subfield code="a">x</subfield></datafield></collection>""";
        var problems = new List<MarcProblem>();

        var records = ReadString(xml, new MarcReadOptions { Lenient = true, OnProblem = problems.Add });

        Assert.Empty(records);
        Assert.Equal("952", Assert.Single(problems).Tag);
    }

    [Fact]
    public void ParseRecord_throws_when_there_is_no_record()
    {
        Assert.Throws<MarcFormatException>(() => MarcXmlReader.ParseRecord("<collection xmlns=\"http://www.loc.gov/MARC21/slim\"/>"));
    }
}
