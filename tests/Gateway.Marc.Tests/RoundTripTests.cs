using System.Text;
using System.Xml;

namespace Gateway.Marc.Tests;

public sealed class RoundTripTests
{
    [Fact]
    public void Model_to_iso2709_to_model_is_equal()
    {
        var original = TestRecords.Multilingual();

        var bytes = Iso2709Writer.ToBytes(original);
        var read = Iso2709Reader.Read(new MemoryStream(bytes)).Single();

        MarcAssert.Equal(original, read, ignoreLeader: true);
        Assert.Equal(original.Leader[5..9], read.Leader[5..9]);
        Assert.Equal(original.Leader[17..20], read.Leader[17..20]);
    }

    [Fact]
    public void Iso2709_bytes_are_stable_across_a_second_round_trip()
    {
        var first = Iso2709Writer.ToBytes(TestRecords.Multilingual());
        var second = Iso2709Writer.ToBytes(Iso2709Reader.Parse(first));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Model_to_marcxml_to_model_is_equal()
    {
        var original = TestRecords.Multilingual();

        var xml = MarcXmlWriter.ToXml(original);
        var read = MarcXmlReader.ParseRecord(xml);

        MarcAssert.Equal(original, read);
    }

    [Fact]
    public void Collection_written_to_a_stream_reads_back_every_record()
    {
        var originals = new[] { TestRecords.Multilingual("a"), TestRecords.Multilingual("b"), TestRecords.Multilingual("c") };
        using var stream = new MemoryStream();

        MarcXmlWriter.WriteCollection(stream, originals);
        stream.Position = 0;
        var read = MarcXmlReader.Read(stream).ToList();

        Assert.Equal(3, read.Count);
        for (var i = 0; i < originals.Length; i++)
        {
            MarcAssert.Equal(originals[i], read[i]);
        }
    }

    [Fact]
    public void Model_to_marc_in_json_to_model_is_equal()
    {
        var original = TestRecords.Multilingual();

        var json = MarcInJsonWriter.ToJson(original);
        var read = MarcInJsonReader.Parse(json);

        MarcAssert.Equal(original, read);
    }

    [Fact]
    public void Marc_in_json_array_written_with_utf8_json_writer_reads_back()
    {
        var originals = new[] { TestRecords.Multilingual("a"), TestRecords.Multilingual("b") };
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            foreach (var record in originals)
            {
                MarcInJsonWriter.Write(writer, record);
            }

            writer.WriteEndArray();
        }

        var read = MarcInJsonReader.ReadArray(Encoding.UTF8.GetString(stream.ToArray())).ToList();

        Assert.Equal(2, read.Count);
        MarcAssert.Equal(originals[0], read[0]);
        MarcAssert.Equal(originals[1], read[1]);
    }

    [Fact]
    public void Record_written_inside_a_collection_through_xml_writer_reads_back()
    {
        var original = TestRecords.Multilingual();
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(builder, new XmlWriterSettings { Indent = true }))
        {
            MarcXmlWriter.WriteCollection(writer, [original]);
        }

        var read = MarcXmlReader.Read(new StringReader(builder.ToString())).Single();

        MarcAssert.Equal(original, read);
    }
}
