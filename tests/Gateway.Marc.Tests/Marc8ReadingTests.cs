namespace Gateway.Marc.Tests;

/// <summary>MARC-8 records (leader/09 blank) through <see cref="Iso2709Reader"/>: conversion and problems.</summary>
public sealed class Marc8ReadingTests
{
    [Fact]
    public void Every_value_starts_in_ascii_and_ansel()
    {
        // The Cyrillic designation of $a does not carry over to $b (as yaz-marcdump reads it too).
        var bytes = RawRecords.Marc8(
            ("001", RawRecords.Latin1("m8-1")),
            ("245", RawRecords.Field("10", ('a', RawRecords.Latin1("\e(NABC")), ('b', RawRecords.Latin1("ABC \u00E2e")))));

        var record = Iso2709Reader.Parse(bytes);

        Assert.Equal("m8-1", record.ControlValue("001"));
        Assert.Equal("\u0430\u0431\u0446", record.FirstValue("245", 'a'));
        Assert.Equal("ABC \u00E9", record.FirstValue("245", 'b'));
        Assert.Equal(' ', record.Leader[9]);
    }

    [Fact]
    public void Unknown_byte_is_reported_with_record_number_offset_and_tag()
    {
        var first = RawRecords.Marc8(("245", RawRecords.Field("00", ('a', RawRecords.Latin1("Fine")))));
        var second = RawRecords.Marc8(("245", RawRecords.Field("00", ('a', RawRecords.Latin1("Tit\u00AFle")))));
        var problems = new List<MarcProblem>();

        var records = Iso2709Reader.Read(new MemoryStream([.. first, .. second]), Lenient(problems)).ToList();

        Assert.Equal("Tit\uFFFDle", records[1].FirstValue("245", 'a'));
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.RecordNumber);
        Assert.Equal(first.Length, problem.ByteOffset);
        Assert.Equal("245", problem.Tag);
        Assert.Contains("0xAF", problem.Message, StringComparison.Ordinal);
        Assert.Contains("subfield $a", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Eacc_is_replaced_and_reported_once_per_record()
    {
        var cjk = RawRecords.Latin1("\e$1!0!\e(B");
        var bytes = RawRecords.Marc8(
            ("245", RawRecords.Field("00", ('a', cjk), ('b', cjk))),
            ("880", RawRecords.Field("00", ('a', cjk))));
        var problems = new List<MarcProblem>();

        var record = Iso2709Reader.Read(new MemoryStream([.. bytes, .. bytes]), Lenient(problems)).ToList()[0];

        Assert.Equal("\uFFFD", record.FirstValue("245", 'a'));
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("EACC (CJK) not yet converted: each CJK character of this record is replaced with U+FFFD.", p.Message));
        Assert.Equal([1, 2], problems.Select(p => p.RecordNumber));
        Assert.All(problems, p => Assert.Equal("245", p.Tag));
    }

    [Fact]
    public void Eacc_throws_in_strict_mode()
    {
        var bytes = RawRecords.Marc8(("245", RawRecords.Field("00", ('a', RawRecords.Latin1("\e$1!0!")))));

        var ex = Assert.Throws<MarcFormatException>(() => Iso2709Reader.Read(new MemoryStream(bytes)).ToList());

        Assert.Contains("EACC (CJK) not yet converted", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_escape_is_reported_and_the_record_kept()
    {
        var bytes = RawRecords.Marc8(
            ("008", RawRecords.Latin1("fixed\e")),
            ("245", RawRecords.Field("00", ('a', RawRecords.Latin1("Soci\et\u00E2e")))));
        var problems = new List<MarcProblem>();

        var record = Iso2709Reader.Read(new MemoryStream(bytes), Lenient(problems)).Single();

        Assert.Equal("fixed", record.ControlValue("008"));
        Assert.Equal("Socit\u00E9", record.FirstValue("245", 'a'));
        Assert.Equal(["008", "245"], problems.Select(p => p.Tag));
        Assert.Contains("of the field", problems[0].Message, StringComparison.Ordinal);
        Assert.All(problems, p => Assert.Contains("escape sequence", p.Message, StringComparison.Ordinal));
    }

    private static MarcReadOptions Lenient(List<MarcProblem> problems) => new() { Lenient = true, OnProblem = problems.Add };
}
