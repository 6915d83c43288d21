namespace Gateway.Marc.Cli.Tests;

public sealed class LintTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task A_clean_file_prints_only_the_summary_and_exits_0()
    {
        var mrc = _temp.File("clean.mrc", TestMarc.Binary(TestMarc.Clean(), TestMarc.Unicode()));

        var result = await Cli.RunAsync("lint", mrc);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["summary: 2 records, 0 skipped, 0 with problems, 0 errors, 0 warnings, 0 info"], result.OutputLines);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task An_invalid_isbn_and_a_missing_title_are_warnings_with_record_tag_and_001()
    {
        var mrc = _temp.File("content.mrc", TestMarc.Binary(TestMarc.Clean(), TestMarc.BadIsbn(), TestMarc.Untitled()));

        var result = await Cli.RunAsync("lint", mrc);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"warning record 2, tag 020: invalid ISBN check digit: \"{TestMarc.BadCheckDigitIsbn}\" (001 rec-2)",
                "warning record 3, tag 245: no title field (245) (001 rec-3)",
                "summary: 3 records, 0 skipped, 2 with problems, 0 errors, 2 warnings, 0 info",
            ],
            result.OutputLines);
    }

    [Fact]
    public async Task A_wrong_record_length_is_an_error_with_record_number_and_offset()
    {
        var good = Iso2709Writer.ToBytes(TestMarc.Clean());
        var bad = TestMarc.WithWrongLength(Iso2709Writer.ToBytes(TestMarc.Unicode()));
        var mrc = _temp.File("length.mrc", TestMarc.Concat([good, bad]));

        var result = await Cli.RunAsync("lint", mrc);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.OutputLines, line => line.StartsWith("error", StringComparison.Ordinal));
        Assert.StartsWith($"error   record 2, offset {good.Length}: Leader record length", error, StringComparison.Ordinal);
        Assert.Equal("summary: 2 records, 0 skipped, 1 with problems, 1 errors, 0 warnings, 0 info", result.OutputLines[^1]);
    }

    [Fact]
    public async Task A_corrupt_directory_entry_is_an_error_naming_the_field()
    {
        var good = Iso2709Writer.ToBytes(TestMarc.Clean());
        var bad = TestMarc.WithBadDirectoryEntry(Iso2709Writer.ToBytes(TestMarc.Unicode()), entry: 1);
        var mrc = _temp.File("directory.mrc", TestMarc.Concat([good, bad]));

        var result = await Cli.RunAsync("lint", mrc);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith($"error   record 2, offset {good.Length}, tag 245: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Records_after_a_skipped_record_keep_the_readers_numbering()
    {
        var mrc = _temp.File("skipped.mrc", TestMarc.Concat([
            Iso2709Writer.ToBytes(TestMarc.Clean()),
            TestMarc.Unusable(),
            Iso2709Writer.ToBytes(TestMarc.BadIsbn()),
        ]));

        var result = await Cli.RunAsync("lint", mrc);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.OutputLines, line => line.StartsWith("error   record 2, offset ", StringComparison.Ordinal) && line.EndsWith("skipped.", StringComparison.Ordinal));
        Assert.Contains(result.OutputLines, line => line.StartsWith("warning record 3, tag 020: invalid ISBN check digit", StringComparison.Ordinal));
        Assert.Equal("summary: 2 records, 1 skipped, 2 with problems, 1 errors, 1 warnings, 0 info", result.OutputLines[^1]);
    }

    [Fact]
    public async Task Marc8_records_are_info_listed_only_with_the_info_option_and_do_not_fail_lint()
    {
        var mrc = _temp.File("marc8.mrc", TestMarc.AsMarc8(Iso2709Writer.ToBytes(TestMarc.Clean())));

        var quiet = await Cli.RunAsync("lint", mrc);
        var listed = await Cli.RunAsync("lint", "--info", mrc);

        Assert.Equal(0, quiet.ExitCode);
        Assert.Equal(["summary: 1 records, 0 skipped, 0 with problems, 0 errors, 0 warnings, 1 info"], quiet.OutputLines);
        Assert.Equal(0, listed.ExitCode);
        Assert.Equal("info    record 1: MARC-8 record (leader/09 blank) (001 rec-1)", listed.OutputLines[0]);
    }

    [Fact]
    public async Task Marcxml_input_is_linted_too()
    {
        var xml = _temp.File("content.xml", TestMarc.Xml(TestMarc.Clean(), TestMarc.BadIsbn()));

        var result = await Cli.RunAsync("lint", xml);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("warning record 2, tag 020: invalid ISBN check digit", result.OutputLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0-306-40615-2", null)]
    [InlineData("978-0-306-40615-7 (hbk.)", null)]
    [InlineData("ISBN 0306406152", null)]
    [InlineData("0306406153", "invalid ISBN check digit")]
    [InlineData("9780306406158", "invalid ISBN check digit")]
    [InlineData("9770306406155", "ISBN-13 does not start with 978 or 979")]
    [InlineData("03064X6152", "misplaced X in ISBN-10 (only the check digit may be X)")]
    [InlineData("030640615", "ISBN has 9 digits, not 10 or 13")]
    [InlineData("(pbk.)", "no ISBN in 020 $a")]
    public void Isbn_check_says_why_an_isbn_is_invalid(string value, string? problem)
    {
        Assert.Equal(problem, Gateway.Marc.IsbnCheck.Check(value).Problem);
    }
}
