using Gateway.Marc.Marc8;

namespace Gateway.Marc.Tests;

/// <summary>MARC-8 vendor fixtures (<c>../shared/vendor-fixtures/marc/binary</c>; skipped when absent).</summary>
public sealed class Marc8FixtureTests(ITestOutputHelper output)
{
    [Fact]
    public void Brkrtest_marc8_converts_to_its_utf8_twin()
    {
        var marc8 = Read("marc4j-brkrtest-marc8.mrc", out var problems);
        var utf8 = Read("marc4j-brkrtest-utf8.mrc", out _);

        Assert.Empty(problems);
        Assert.Equal(8, marc8.Count);
        Assert.Equal(utf8.Count, marc8.Count);
        for (var i = 0; i < utf8.Count; i++)
        {
            Assert.Equal(' ', marc8[i].Leader[9]);
            Assert.Empty(RecordDifferences.Of(utf8[i], marc8[i]));
        }
    }

    [Theory]
    [InlineData("pymarc-marc8.dat")]
    [InlineData("pymarc-test.dat")]
    [InlineData("pymarc-marc.dat")]
    [InlineData("pymarc-one.dat")]
    [InlineData("marc-perl-cyrillic-marc8.mrc")]
    [InlineData("marc-perl-hebrew1-marc8.mrc")]
    [InlineData("marc-perl-escape.mrc")]
    [InlineData("marc4j-cyrillic_capital_e.mrc")]
    [InlineData("ruby-marc-escaped_character_reference.marc8.mrc")]
    public void Good_marc8_fixture_converts_strictly_without_replacement_characters(string name)
    {
        using var stream = File.OpenRead(Path.Combine(Binary(), name));

        var records = Iso2709Reader.Read(stream).ToList();

        Assert.NotEmpty(records);
        Assert.All(records, r => Assert.Equal(' ', r.Leader[9]));
        Assert.DoesNotContain(records.SelectMany(Values), v => v.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("marc-perl-cyrillic-marc8.mrc", '\u0400', '\u04FF')]
    [InlineData("marc-perl-hebrew1-marc8.mrc", '\u0590', '\u05FF')]
    public void Non_latin_fixture_has_its_script(string name, char first, char last)
    {
        var record = Assert.Single(Read(name, out _));

        Assert.Contains(Values(record), v => v.Any(c => c >= first && c <= last));
    }

    [Fact]
    public void Farsi_lines_convert_without_replacement_characters()
    {
        // Not a MARC record: lines of MARC-8 text switching between basic (G0) and extended (G1) Arabic.
        var lines = Marc8Lines("marc-perl-farsi-marc8.mrc");

        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var diagnostics = default(Marc8Diagnostics);
            var text = Marc8Decoder.Decode(line, ref diagnostics);
            output.WriteLine(text);
            Assert.False(diagnostics.HasProblems, text);
            Assert.DoesNotContain('\uFFFD', text);
            Assert.Contains(text, c => c is >= '\u0600' and <= '\u06FF');
        }
    }

    [Theory]
    [InlineData("pymarc-bad_marc8_escape.dat")]
    [InlineData("marc4j-incomplete_esc_seq.mrc")]
    public void Bad_escape_fixture_gives_its_record_and_reports_the_escapes(string name)
    {
        var records = Read(name, out var problems);

        Assert.NotEmpty(records);
        Assert.Contains(problems, p => p.Message.Contains("escape sequence", StringComparison.Ordinal) && p.Tag is not null);
        using var stream = File.OpenRead(Path.Combine(Binary(), name));
        Assert.Throws<MarcFormatException>(() => Iso2709Reader.Read(stream).ToList());
    }

    [Fact]
    public void Bad_escape_text_is_kept_around_the_skipped_escape()
    {
        var record = Assert.Single(Read("pymarc-bad_marc8_escape.dat", out _));

        Assert.Equal("Bulletin de la Soci\u00E9t\u00E9 linnenne de Bordeaux.", record.FirstValue("245", 'a'));
    }

    [Fact]
    public void Cjk_fixture_converts_its_eacc_without_problems()
    {
        var records = Read("marc-perl-cjk1-marc8-10items.mrc", out var problems);

        Assert.Empty(problems);
        Assert.Single(records);
        var cjk = records.SelectMany(r => r.DataFields("880")).SelectMany(f => f.Subfields).Select(s => s.Value).ToList();
        output.WriteLine(string.Join(Environment.NewLine, cjk.Take(5)));
        Assert.NotEmpty(cjk);
        Assert.Contains(cjk, v => v.Any(c => c is >= '\u4E00' and <= '\u9FFF'));
        Assert.DoesNotContain(records.SelectMany(Values), v => v.Contains('\uFFFD', StringComparison.Ordinal));
    }

    [Fact]
    public void Greek_without_its_charset_change_reports_every_replacement()
    {
        var records = Read("marc4j-greekmissingcharsetchange.mrc", out var problems);

        Assert.Equal(3, records.Count);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Contains("Basic Greek", p.Message, StringComparison.Ordinal));
        var replaced = records.SelectMany(Values).Sum(v => v.Count(c => c == '\uFFFD'));
        var reported = problems.Sum(p => int.Parse(p.Message.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(reported, replaced);
    }

    private static string Binary() => Path.Combine(VendorFixtures.RequireMarc(), "binary");

    private static List<MarcRecord> Read(string name, out List<MarcProblem> problems)
    {
        var found = new List<MarcProblem>();
        using var stream = File.OpenRead(Path.Combine(Binary(), name));
        var records = Iso2709Reader.Read(stream, new MarcReadOptions { Lenient = true, OnProblem = found.Add }).ToList();
        problems = found;
        return records;
    }

    /// <summary>The non-empty lines of a file of MARC-8 text, without line ends.</summary>
    internal static List<byte[]> Marc8Lines(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Binary(), name));
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                var end = i > start && bytes[i - 1] == (byte)'\r' ? i - 1 : i;
                if (end > start)
                {
                    lines.Add(bytes[start..end]);
                }

                start = i + 1;
            }
        }

        return lines;
    }

    private static IEnumerable<string> Values(MarcRecord record) =>
        record.Fields.SelectMany(f => f switch
        {
            ControlField c => [c.Value],
            DataField d => d.Subfields.Select(s => s.Value),
            _ => [],
        });
}
