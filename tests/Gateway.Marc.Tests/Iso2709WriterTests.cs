using System.Text;

namespace Gateway.Marc.Tests;

public sealed class Iso2709WriterTests
{
    private static MarcRecord Small() => new(
        "99999cam  2299999 a 4500",
        [
            new ControlField("001", "123"),
            TestRecords.Data("245", '1', '0', ('a', "Té")),
        ]);

    [Fact]
    public void Record_length_and_base_address_are_computed()
    {
        // Directory: 2 entries x 12 + terminator -> base 24 + 24 + 1 = 49.
        // 001 "123" + FT = 4 bytes; 245: "10" + 0x1F "a" + "Té" (3 UTF-8 bytes) + FT = 8 bytes. Total 49 + 12 + RT = 62.
        var bytes = Iso2709Writer.ToBytes(Small());

        Assert.Equal(62, bytes.Length);
        Assert.Equal("00062", Ascii(bytes, 0, 5));
        Assert.Equal("00049", Ascii(bytes, 12, 5));
    }

    [Fact]
    public void Directory_entries_hold_tag_length_and_offset()
    {
        var bytes = Iso2709Writer.ToBytes(Small());

        Assert.Equal("001000400000", Ascii(bytes, 24, 12));
        Assert.Equal("245000800004", Ascii(bytes, 36, 12));
        Assert.Equal(0x1E, bytes[48]);
    }

    [Fact]
    public void Leader_coding_positions_are_set_for_utf8()
    {
        var leader = Ascii(Iso2709Writer.ToBytes(Small()), 0, 24);

        Assert.Equal('a', leader[9]);
        Assert.Equal("22", leader[10..12]);
        Assert.Equal("4500", leader[20..24]);
        Assert.Equal("cam ", leader[5..9]);
        Assert.Equal(" a ", leader[17..20]);
    }

    [Fact]
    public void Terminators_and_delimiters_are_written()
    {
        var bytes = Iso2709Writer.ToBytes(Small());

        Assert.Equal(0x1D, bytes[^1]);
        Assert.Equal(0x1E, bytes[49 + 3]);
        Assert.Equal(0x1F, bytes[49 + 4 + 2]);
        Assert.Equal((byte)'a', bytes[49 + 4 + 3]);
        Assert.Equal(0x1E, bytes[^2]);
    }

    [Fact]
    public void Write_to_stream_appends_the_same_bytes_as_ToBytes()
    {
        using var stream = new MemoryStream();

        Iso2709Writer.Write(stream, Small());
        Iso2709Writer.Write(stream, Small());

        var one = Iso2709Writer.ToBytes(Small());
        Assert.Equal([.. one, .. one], stream.ToArray());
    }

    [Fact]
    public void Tag_that_is_not_three_characters_is_rejected()
    {
        var record = new MarcRecord("00000nam a2200000 a 4500", [new ControlField("01", "x")]);

        Assert.Throws<ArgumentException>(() => Iso2709Writer.ToBytes(record));
    }

    [Fact]
    public void Oversize_record_round_trips_with_zeroed_lengths()
    {
        var record = new MarcRecord("00000nam a2200000 a 4500");
        record.Fields.Add(new ControlField("001", "big"));
        for (var i = 0; i < 12; i++)
        {
            record.Fields.Add(TestRecords.Data("952", ' ', ' ', ('a', new string((char)('a' + i), 10_000))));
        }

        record.Fields.Add(TestRecords.Data("999", ' ', ' ', ('a', "last")));

        var bytes = Iso2709Writer.ToBytes(record);
        var read = Iso2709Reader.Read(new MemoryStream(bytes)).Single();

        Assert.True(bytes.Length > 99_999);
        Assert.Equal("00000", Ascii(bytes, 0, 5));
        MarcAssert.Equal(record, read, ignoreLeader: true);
    }

    private static string Ascii(byte[] bytes, int start, int length) => Encoding.ASCII.GetString(bytes, start, length);
}
