using System.Text;

namespace Gateway.Marc.Tests;

public sealed class Iso2709ReaderTests
{
    [Fact]
    public void Multi_record_stream_is_read_record_by_record()
    {
        using var stream = new MemoryStream();
        for (var i = 1; i <= 50; i++)
        {
            Iso2709Writer.Write(stream, TestRecords.Multilingual($"rec-{i}"));
        }

        stream.Position = 0;
        var ids = Iso2709Reader.Read(stream).Select(r => r.ControlValue("001")).ToList();

        Assert.Equal(50, ids.Count);
        Assert.Equal("rec-1", ids[0]);
        Assert.Equal("rec-50", ids[^1]);
    }

    [Fact]
    public void Stream_delivering_one_byte_at_a_time_is_read_correctly()
    {
        var bytes = Concat(Iso2709Writer.ToBytes(TestRecords.Multilingual("a")), Iso2709Writer.ToBytes(TestRecords.Multilingual("b")));

        var records = Iso2709Reader.Read(new TrickleStream(bytes)).ToList();

        Assert.Equal(2, records.Count);
        MarcAssert.Equal(TestRecords.Multilingual("b"), records[1], ignoreLeader: true);
    }

    [Fact]
    public void Reading_is_lazy()
    {
        var bytes = Concat(Iso2709Writer.ToBytes(TestRecords.Multilingual("a")), Encoding.ASCII.GetBytes("garbage without terminator"));

        var first = Iso2709Reader.Read(new MemoryStream(bytes)).First();

        Assert.Equal("a", first.ControlValue("001"));
    }

    [Fact]
    public void Wrong_record_length_is_resynchronised_and_reported_in_lenient_mode()
    {
        var bad = Iso2709Writer.ToBytes(TestRecords.Multilingual("bad"));
        Encoding.ASCII.GetBytes("00090").CopyTo(bad, 0);
        var bytes = Concat(Iso2709Writer.ToBytes(TestRecords.Multilingual("a")), bad, Iso2709Writer.ToBytes(TestRecords.Multilingual("c")));
        var problems = new List<MarcProblem>();

        var ids = Iso2709Reader.Read(new MemoryStream(bytes), new MarcReadOptions { Lenient = true, OnProblem = problems.Add })
            .Select(r => r.ControlValue("001")).ToList();

        Assert.Equal(["a", "bad", "c"], ids);
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.RecordNumber);
        Assert.Equal(Iso2709Writer.ToBytes(TestRecords.Multilingual("a")).Length, problem.ByteOffset);
        Assert.Contains("resynchronised", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_record_length_throws_in_strict_mode()
    {
        var bad = Iso2709Writer.ToBytes(TestRecords.Multilingual("bad"));
        Encoding.ASCII.GetBytes("00090").CopyTo(bad, 0);
        var bytes = Concat(Iso2709Writer.ToBytes(TestRecords.Multilingual("a")), bad);

        var ex = Assert.Throws<MarcFormatException>(() => Iso2709Reader.Read(new MemoryStream(bytes)).ToList());

        Assert.Equal(2, ex.RecordNumber);
    }

    [Fact]
    public void Directory_offsets_are_used_rather_than_field_order()
    {
        var bytes = Iso2709Writer.ToBytes(TestRecords.Multilingual());
        // Swap the first two directory entries: fields must follow the directory, found by their offsets.
        var first = bytes[24..36];
        bytes.AsSpan(36, 12).CopyTo(bytes.AsSpan(24, 12));
        first.CopyTo(bytes, 36);
        var problems = 0;

        var record = Iso2709Reader.Read(new MemoryStream(bytes), new MarcReadOptions { Lenient = true, OnProblem = _ => problems++ }).Single();

        Assert.Equal(0, problems);
        Assert.Equal("003", record.Fields[0].Tag);
        Assert.Equal("UkLHG", ((ControlField)record.Fields[0]).Value);
        Assert.Equal("multi-001", ((ControlField)record.Fields[1]).Value);
    }

    [Fact]
    public void Marc8_record_is_converted_to_unicode_nfc()
    {
        var bytes = Iso2709Writer.ToBytes(new MarcRecord("00000nam a2200000 a 4500", [TestRecords.Data("245", '0', '0', ('a', "Cafxe"))]));
        bytes[9] = (byte)' ';
        bytes[Array.IndexOf(bytes, (byte)'x')] = 0xE2; // ANSEL combining acute, before its base
        var problems = new List<MarcProblem>();

        var record = Iso2709Reader.Read(new MemoryStream(bytes), new MarcReadOptions { Lenient = true, OnProblem = problems.Add }).Single();

        Assert.Equal("Caf\u00E9", record.FirstValue("245", 'a'));
        Assert.Empty(problems);
    }

    [Fact]
    public void Invalid_utf8_is_replaced_and_reported_with_its_tag()
    {
        var bytes = Iso2709Writer.ToBytes(new MarcRecord("00000nam a2200000 a 4500", [TestRecords.Data("245", '0', '0', ('a', "Cafe"))]));
        bytes[^3] = 0xFF;
        var problems = new List<MarcProblem>();

        var record = Iso2709Reader.Read(new MemoryStream(bytes), new MarcReadOptions { Lenient = true, OnProblem = problems.Add }).Single();

        Assert.Equal("Caf\uFFFD", record.FirstValue("245", 'a'));
        var problem = Assert.Single(problems);
        Assert.Equal("245", problem.Tag);
        Assert.Equal(1, problem.RecordNumber);
    }

    [Fact]
    public void Bad_subfield_code_is_skipped_in_lenient_mode_and_throws_in_strict_mode()
    {
        var bytes = Iso2709Writer.ToBytes(new MarcRecord("00000nam a2200000 a 4500", [TestRecords.Data("245", '0', '0', ('a', "Title"), ('b', "Sub"))]));
        var codeB = Array.LastIndexOf(bytes, (byte)0x1F) + 1;
        bytes[codeB] = 0x05;
        var problems = new List<MarcProblem>();

        var record = Iso2709Reader.Read(new MemoryStream(bytes), new MarcReadOptions { Lenient = true, OnProblem = problems.Add }).Single();

        Assert.Equal([new Subfield('a', "Title")], ((DataField)record.Fields[0]).Subfields);
        Assert.Equal("245", Assert.Single(problems).Tag);
        var ex = Assert.Throws<MarcFormatException>(() => Iso2709Reader.Read(new MemoryStream(bytes)).ToList());
        Assert.Equal("245", ex.Tag);
    }

    [Fact]
    public void Line_breaks_between_records_are_ignored()
    {
        var bytes = Concat(Iso2709Writer.ToBytes(TestRecords.Multilingual("a")), "\r\n"u8.ToArray(), Iso2709Writer.ToBytes(TestRecords.Multilingual("b")), "\n"u8.ToArray());

        var records = Iso2709Reader.Read(new MemoryStream(bytes)).ToList();

        Assert.Equal(2, records.Count);
    }

    [Fact]
    public void Truncated_last_record_is_reported_and_earlier_records_are_kept()
    {
        var whole = Iso2709Writer.ToBytes(TestRecords.Multilingual("a"));
        var truncated = Iso2709Writer.ToBytes(TestRecords.Multilingual("b"))[..100];
        var problems = new List<MarcProblem>();

        var records = Iso2709Reader.Read(new MemoryStream(Concat(whole, truncated)), new MarcReadOptions { Lenient = true, OnProblem = problems.Add }).ToList();

        Assert.Equal("a", records[0].ControlValue("001"));
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal(2, p.RecordNumber));
    }

    [Fact]
    public void Field_longer_than_its_directory_entry_is_read_whole_and_later_fields_still_found()
    {
        var record = new MarcRecord("00000nam a2200000 a 4500",
        [
            new ControlField("001", "id"),
            TestRecords.Data("245", '0', '0', ('a', "Title")),
            TestRecords.Data("500", ' ', ' ', ('a', "Note")),
            TestRecords.Data("650", ' ', '0', ('a', "Subject")),
        ]);
        var bytes = Iso2709Writer.ToBytes(record);
        // Insert two bytes into the 245 without fixing the directory: every later offset is now 2 short.
        var insertAt = Array.IndexOf(bytes, (byte)'T') + 1;
        var corrupt = Concat(bytes[..insertAt], "xx"u8.ToArray(), bytes[insertAt..]);
        var problems = new List<MarcProblem>();

        var read = Iso2709Reader.Read(new MemoryStream(corrupt), new MarcReadOptions { Lenient = true, OnProblem = problems.Add }).Single();

        Assert.Equal("Txxitle", read.FirstValue("245", 'a'));
        Assert.Equal("Note", read.FirstValue("500", 'a'));
        Assert.Equal("Subject", read.FirstValue("650", 'a'));
        Assert.Contains(problems, p => p.Tag == "245");
        Assert.DoesNotContain(problems, p => p.Tag is "500" or "650");
    }

    [Fact]
    public void Blank_padding_after_the_last_record_is_ignored()
    {
        var bytes = Concat(Iso2709Writer.ToBytes(TestRecords.Multilingual()), Enumerable.Repeat((byte)' ', 800).ToArray());

        var records = Iso2709Reader.Read(new MemoryStream(bytes)).ToList();

        Assert.Single(records);
    }

    [Fact]
    public void Oversize_record_with_lengths_modulo_their_limit_is_read_without_problems()
    {
        var record = new MarcRecord("00000nam a2200000 a 4500");
        for (var i = 0; i < 11; i++)
        {
            record.Fields.Add(TestRecords.Data("952", ' ', ' ', ('a', new string('z', 9_990))));
        }

        record.Fields.Add(TestRecords.Data("999", ' ', ' ', ('a', "last")));
        var bytes = Iso2709Writer.ToBytes(record);
        // Rewrite the record length and the last field's offset modulo 100,000, as some writers do.
        Encoding.ASCII.GetBytes((bytes.Length % 100_000).ToString("D5")).CopyTo(bytes, 0);
        var lastEntry = 24 + (11 * 12);
        var lastOffset = int.Parse(Encoding.ASCII.GetString(bytes, lastEntry + 7, 5));
        Assert.Equal(0, lastOffset);
        var baseAddress = 24 + (12 * 12) + 1;
        var realOffset = bytes.Length - 1 - baseAddress - 9; // the 999 field is 9 bytes long
        Encoding.ASCII.GetBytes((realOffset % 100_000).ToString("D5")).CopyTo(bytes, lastEntry + 7);

        var read = Iso2709Reader.Read(new MemoryStream(bytes)).Single();

        Assert.Equal("last", read.FirstValue("999", 'a'));
        Assert.Equal(12, read.Fields.Count);
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
