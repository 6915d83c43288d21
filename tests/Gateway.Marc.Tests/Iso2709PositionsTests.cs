using System.Text;

namespace Gateway.Marc.Tests;

public sealed class Iso2709PositionsTests
{
    [Fact]
    public void Each_record_comes_with_its_number_and_byte_offset()
    {
        var a = Iso2709Writer.ToBytes(TestRecords.Multilingual("a"));
        var b = Iso2709Writer.ToBytes(TestRecords.Multilingual("b"));
        var c = Iso2709Writer.ToBytes(TestRecords.Multilingual("c"));
        var bytes = a.Concat("\n"u8.ToArray()).Concat(b).Concat(c).ToArray();

        var results = Iso2709Reader.ReadWithPositions(new TrickleStream(bytes)).ToList();

        Assert.Equal(["a", "b", "c"], results.Select(r => r.Record.ControlValue("001")));
        Assert.Equal([1, 2, 3], results.Select(r => r.Number));
        Assert.Equal([0L, a.Length + 1L, a.Length + 1L + b.Length], results.Select(r => r.Offset));
    }

    [Fact]
    public void A_skipped_record_keeps_its_number_and_positions_match_the_problems()
    {
        var a = Iso2709Writer.ToBytes(TestRecords.Multilingual("a"));
        var junk = Encoding.ASCII.GetBytes("0003x\u001D");
        var c = Iso2709Writer.ToBytes(TestRecords.Multilingual("c"));
        var bytes = a.Concat(junk).Concat(c).ToArray();
        var problems = new List<MarcProblem>();

        var results = Iso2709Reader.ReadWithPositions(new MemoryStream(bytes), new MarcReadOptions { Lenient = true, OnProblem = problems.Add }).ToList();

        Assert.Equal([1, 3], results.Select(r => r.Number));
        Assert.Equal([0L, (long)a.Length + junk.Length], results.Select(r => r.Offset));
        Assert.Contains(problems, p => p.RecordNumber == 2 && p.ByteOffset == a.Length);
    }

    [Fact]
    public void Positions_agree_with_plain_reading()
    {
        using var stream = new MemoryStream();
        for (var i = 1; i <= 20; i++)
        {
            Iso2709Writer.Write(stream, TestRecords.Multilingual($"rec-{i}"));
        }

        var plain = Iso2709Reader.Read(new MemoryStream(stream.ToArray())).ToList();
        var positioned = Iso2709Reader.ReadWithPositions(new MemoryStream(stream.ToArray())).ToList();

        Assert.Equal(plain.Count, positioned.Count);
        for (var i = 0; i < plain.Count; i++)
        {
            MarcAssert.Equal(plain[i], positioned[i].Record);
            Assert.Equal(i + 1, positioned[i].Number);
        }
    }
}
