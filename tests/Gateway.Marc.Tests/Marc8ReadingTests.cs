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
    public void Eacc_converts_in_245_and_its_880_without_problems()
    {
        // 人 (0x213064) in the 245, 中国 (0x213034 0x4B376F) in the linked 880, as CJK records carry them.
        var bytes = RawRecords.Marc8(
            ("245", RawRecords.Field("00", ('6', RawRecords.Latin1("880-01")), ('a', RawRecords.Latin1("Ren \e$1!0d\e(B.")))),
            ("880", RawRecords.Field("00", ('6', RawRecords.Latin1("245-01/$1")), ('a', RawRecords.Latin1("\e$1!04K7o\e(B")))));
        var problems = new List<MarcProblem>();

        var record = Iso2709Reader.Read(new MemoryStream(bytes), Lenient(problems)).Single();

        Assert.Empty(problems);
        Assert.Equal("Ren \u4EBA.", record.FirstValue("245", 'a'));
        Assert.Equal("\u4E2D\u56FD", record.FirstValue("880", 'a'));
    }

    [Fact]
    public void Eacc_code_not_in_the_table_is_reported_with_record_number_tag_and_code()
    {
        var fine = RawRecords.Marc8(("245", RawRecords.Field("00", ('a', RawRecords.Latin1("\e$1!0d")))));
        var unknown = RawRecords.Marc8(("880", RawRecords.Field("00", ('a', RawRecords.Latin1("\e$1!0d~~~")))));
        var problems = new List<MarcProblem>();

        var records = Iso2709Reader.Read(new MemoryStream([.. fine, .. unknown]), Lenient(problems)).ToList();

        Assert.Equal("\u4EBA\uFFFD", records[1].FirstValue("880", 'a'));
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.RecordNumber);
        Assert.Equal(fine.Length, problem.ByteOffset);
        Assert.Equal("880", problem.Tag);
        Assert.Contains("EACC (CJK) code(s) not in the EACC table", problem.Message, StringComparison.Ordinal);
        Assert.Contains("0x7E7E7E", problem.Message, StringComparison.Ordinal);
        Assert.Contains("subfield $a", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Eacc_character_cut_short_is_reported()
    {
        var bytes = RawRecords.Marc8(("880", RawRecords.Field("00", ('a', RawRecords.Latin1("\e$1!0d!0")), ('b', RawRecords.Latin1("\e$1!0d")))));
        var problems = new List<MarcProblem>();

        var record = Iso2709Reader.Read(new MemoryStream(bytes), Lenient(problems)).Single();

        Assert.Equal("\u4EBA\uFFFD", record.FirstValue("880", 'a'));
        Assert.Equal("\u4EBA", record.FirstValue("880", 'b'));
        var problem = Assert.Single(problems);
        Assert.Contains("cut short", problem.Message, StringComparison.Ordinal);
        Assert.Contains("0x21 0x30", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_eacc_code_throws_in_strict_mode()
    {
        var bytes = RawRecords.Marc8(("245", RawRecords.Field("00", ('a', RawRecords.Latin1("\e$1~~~")))));

        var ex = Assert.Throws<MarcFormatException>(() => Iso2709Reader.Read(new MemoryStream(bytes)).ToList());

        Assert.Contains("0x7E7E7E", ex.Message, StringComparison.Ordinal);
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
