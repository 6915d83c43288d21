using System.Text;
using System.Text.RegularExpressions;
using Gateway.Marc.Marc8;

namespace Gateway.Marc.Tests;

/// <summary>
/// Reads every binary vendor fixture with this library and with yaz-marcdump (Debian package yaz; MARC-8 converted to
/// UTF-8, output as MARCXML) and compares them record by record and field by field: tags, indicators, subfield codes
/// and values after NFC. Only the differences listed in <see cref="Explanations"/>, each with its reason, are allowed.
/// </summary>
public sealed class YazCrossCheckTests(ITestOutputHelper output)
{
    /// <summary>The fixtures that do not read exactly as yaz reads them, how they may differ, and why.</summary>
    private static readonly Dictionary<string, (ExplainedDifference Kind, string Reason)> Explanations = new(StringComparer.Ordinal)
    {
        ["marc4j-chinese_mangled_multibyte.mrc"] = (ExplainedDifference.ReplacementCharacters,
            "mangled EACC (CJK) in the 880s: ASCII punctuation sent while EACC is G0 (no ESC ( B before it) and codes not in the table; yaz drops those bytes, this library writes U+FFFD and reports each code or cut-short character"),
        ["pymarc-bad_eacc_encoding.dat"] = (ExplainedDifference.ReplacementCharacters,
            "a broken EACC (CJK) character: yaz drops its bytes, this library writes U+FFFD and reports the code and the character cut short"),
        ["marc4j-incomplete_esc_seq.mrc"] = (ExplainedDifference.ReplacementCharacters | ExplainedDifference.OnlyWhereReported,
            "mangled EACC (CJK), and escape sequences cut short by misplaced field terminators: both skip the cut sequences, this library reports them; where EACC bytes are missing or stray, yaz drops single bytes until a code converts, this library writes one U+FFFD per bad code and reports it. Once the two resynchronise differently: in the idiom 螳螂捕蝉 the 880 holds 0x21 0x21 0x57 (螳 0x21572B cut short after a stray byte) then 螂 0x215723; yaz reads 蝙 0x215721 out of the broken bytes and skips 螂, this library writes U+FFFD then 螂"),
        ["marc4j-greekmissingcharsetchange.mrc"] = (ExplainedDifference.ReplacementCharacters,
            "ASCII punctuation sent while Basic Greek is designated (the missing ESC s of the file's name): Basic Greek has no comma, full stop or colon; yaz drops those bytes, this library writes U+FFFD and reports them"),
        ["pymarc-utf8_without_leader_flag.dat"] = (ExplainedDifference.ReplacementCharacters,
            "UTF-8 text with leader/09 blank (claims MARC-8): both read it as MARC-8 as the leader says; yaz drops the bytes ANSEL does not define, this library writes U+FFFD and reports them"),
        ["pymarc-bad_marc8_escape.dat"] = (ExplainedDifference.YazEmptiesValuesItCannotConvert,
            "ESC t, ESC e and ESC space start no MARC-8 escape sequence: yaz-iconv fails and yaz-marcdump writes the value empty; this library skips the bad ESC, keeps the text and reports it"),
        ["pymarc-1251.dat"] = (ExplainedDifference.ValuesNotCompared,
            "Windows-1251 Cyrillic with leader/09 blank (claims MARC-8): read as MARC-8 the text is meaningless either way; yaz drops undefined bytes (so its combining marks land elsewhere) and empties values it fails on, this library writes U+FFFD and reports"),
        ["marc4j-bad_too_long_plus_2.mrc"] = (ExplainedDifference.YazReadsNoRecord,
            "a record over 99,999 bytes whose leader holds its length modulo 100,000: yaz-marcdump trusts the leader, finds no record terminator there and stops (\"EOF while searching for RS\"); this library reads the three records by their terminators"),
        ["marc4j-datos-451-items-oversize.mrc"] = (ExplainedDifference.YazReadsNoRecord,
            "one record of 214,804 bytes (leader length 99999): yaz-marcdump stops (\"EOF while searching for RS\"); this library reads it by its terminator"),
        ["ruby-marc-cp866_unimarc.mrc"] = (ExplainedDifference.YazReadsNoRecord,
            "the leader says 1,167 bytes, the file has 1,166: yaz-marcdump stops (\"Premature EOF\"); this library reads the record and reports it"),
        ["yaz-marc12.marc"] = (ExplainedDifference.YazReadsNoRecord,
            "an 880 with a subfield delimiter inside EACC text, so a subfield code is ESC: yaz-marcdump writes the converted text into the code attribute without its closing quote, so its MARCXML is not well-formed and yields no record"),
        ["yaz-marc1.marc"] = (ExplainedDifference.ControlFieldsWithSubfields | ExplainedDifference.OnlyWhereReported,
            "leader/10 says three indicators, and 001-009 have indicators and subfields (a DanMARC-style record): yaz reads the 00X fields as data fields, this library reads MARC 21 (control fields 00X, two indicators) and reports the third indicator of every data field"),
        ["marc4j-pride-and-prejudice-with-many-errors.mrc"] = (ExplainedDifference.OnlyWhereReported,
            "deliberately broken directories: yaz trusts the directory and loses fields, this library falls back to the field terminators and reports it"),
        ["marc4j-bad_oversize_field_bad_directory.mrc"] = (ExplainedDifference.OnlyWhereReported,
            "a field over 9,999 bytes and an inconsistent directory: this library finds two fields (520, 893) past the entry yaz stops at, and reports the directory"),
        ["pymarc-bad_records.mrc"] = (ExplainedDifference.OnlyWhereReported,
            "records with broken leaders and lengths: the two readers resynchronise differently; this library reports every such record"),
        ["ruby-marc-marc_with_bad_utf8.mrc"] = (ExplainedDifference.OnlyWhereReported,
            "the 110 is two bytes longer than its directory entry (and the record than its leader): yaz cuts fields at the directory's offsets, so every later field is shifted, this library reads them up to their terminators and reports it"),
        ["pymarc-bad_indicator.dat"] = (ExplainedDifference.OnlyWhereReported,
            "a field (tag \"0 2\") without indicators: yaz takes the delimiter and the code as indicators, this library uses blanks and reports it"),
        ["pymarc-bad_subfield_code.dat"] = (ExplainedDifference.OnlyWhereReported,
            "a 245 one byte longer than its directory entry, with subfield code 0xC3: yaz keeps the code and, trusting the directory, shifts every later field by a byte; this library skips that subfield, reads fields up to their terminators and reports both"),
        ["pymarc-utf8_invalid.mrc"] = (ExplainedDifference.OnlyWhereReported,
            "a subfield code byte that is not ASCII: yaz keeps it as a code, this library skips the subfield and reports it"),
        ["marc4j-bad-characters-in-various-fields.mrc"] = (ExplainedDifference.OnlyWhereReported,
            "control characters as indicators and subfield codes, and a blank subfield code: yaz keeps them, this library uses blank indicators, skips those subfields and reports them"),
        ["yaz-marc4-broken.marc"] = (ExplainedDifference.OnlyWhereReported,
            "a broken leader and directory: yaz reads no field, this library recovers 26 and reports the directory"),
    };

    public static TheoryData<string> BinaryFiles() => ConformanceTests.BinaryFiles();

    [Theory]
    [MemberData(nameof(BinaryFiles))]
    public void Binary_fixture_reads_as_yaz_marcdump_reads_it(string name)
    {
        var path = Path.Combine(VendorFixtures.RequireMarc(), "binary", name);
        YazMarcdump.Require();
        var problems = new List<MarcProblem>();
        List<MarcRecord> ours;
        using (var stream = File.OpenRead(path))
        {
            ours = Iso2709Reader.Read(stream, new MarcReadOptions { Lenient = true, OnProblem = problems.Add }).ToList();
        }

        var marc8 = ours.Any(r => r.Leader[9] == ' ');

        // yaz copies invalid UTF-8 bytes into its MARCXML; decoding them as U+FFFD (as this library does) keeps it well-formed.
        var xml = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(YazMarcdump.ToMarcXml(path, marc8)));
        var yazProblems = new List<MarcProblem>();
        var theirs = MarcXmlReader.Read(new MemoryStream(xml), new MarcReadOptions { Lenient = true, OnProblem = yazProblems.Add }).ToList();

        var (kind, reason) = Explanations.GetValueOrDefault(name, (ExplainedDifference.None, "reads as yaz reads it"));
        var unexplained = new List<string>();
        var explained = 0;
        var values = 0;
        if (kind.HasFlag(ExplainedDifference.YazReadsNoRecord) && theirs.Count == 0)
        {
            Assert.True(ours.Count > 0, $"{name}: neither yaz nor this library read a record");
            explained++;
        }
        else if (ours.Count != theirs.Count)
        {
            unexplained.Add($"{theirs.Count} record(s) from yaz, {ours.Count} read");
        }

        for (var i = 0; i < Math.Min(ours.Count, theirs.Count); i++)
        {
            var number = i + 1;
            var reported = problems.Where(p => p.RecordNumber == number).ToList();
            foreach (var difference in RecordDifferences.Of(theirs[i], ours[i], Matcher(kind, reported.Count > 0, () => values++)))
            {
                if (IsExplained(kind, difference, reported))
                {
                    explained++;
                }
                else
                {
                    unexplained.Add($"record {number}: {difference}");
                }
            }
        }

        output.WriteLine($"{name}: {(marc8 ? "MARC-8" : "UTF-8")}; {ours.Count} record(s) read, {theirs.Count} from yaz; {problems.Count} problem(s) reported; {values} value(s) differing as explained; {explained} other explained difference(s) ({reason}); {unexplained.Count} unexplained");
        foreach (var difference in unexplained.Take(40))
        {
            output.WriteLine($"  {difference}");
        }

        Assert.True(unexplained.Count == 0, $"{name}: {unexplained.Count} difference(s) from yaz-marcdump not explained, first: {unexplained.FirstOrDefault()}");
        Assert.True(kind == ExplainedDifference.None || explained + values > 0, $"{name} now reads as yaz reads it: remove its explanation");
    }

    [Fact]
    public void Farsi_text_converts_as_yaz_iconv_converts_it()
    {
        // marc-perl-farsi-marc8.mrc is not a record but lines of MARC-8 text (basic Arabic in G0, extended in G1).
        var lines = Marc8FixtureTests.Marc8Lines("marc-perl-farsi-marc8.mrc");
        YazMarcdump.Require();
        var yazIconv = YazMarcdump.Find("yaz-iconv") ?? throw new InvalidOperationException("yaz-marcdump is installed but yaz-iconv is not");

        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            var diagnostics = default(Marc8Diagnostics);
            var ours = Marc8Decoder.Decode(line, ref diagnostics);
            var yaz = Encoding.UTF8.GetString(YazMarcdump.Run(yazIconv, ["-f", "marc8", "-t", "utf8"], line)).Normalize(NormalizationForm.FormC);
            output.WriteLine(ours);

            // Explained difference: yaz maps the C1 joiners 0x8D/0x8E only while ANSEL is G1, and drops them under
            // Extended Arabic; the LC specification makes them C1 controls, whatever the designations, and Persian puts
            // ZERO WIDTH NON-JOINER inside words (the plural نسخه‌ها of the first line).
            Assert.Equal(line.Count(b => b == 0x8E), ours.Count(c => c == '\u200C'));
            Assert.Equal(yaz, ours.Replace("\u200C", string.Empty, StringComparison.Ordinal));
        }
    }

    /// <summary>How values are compared; <paramref name="counted"/> is called for each value that differs but is explained.</summary>
    private static RecordDifferences.ValueMatch? Matcher(ExplainedDifference kind, bool reported, Action counted)
    {
        if (kind.HasFlag(ExplainedDifference.ValuesNotCompared))
        {
            return (yaz, ours) =>
            {
                if (!string.Equals(yaz, ours, StringComparison.Ordinal))
                {
                    counted();
                }

                return true;
            };
        }

        if (!reported)
        {
            return null;
        }

        var yazEmpties = kind.HasFlag(ExplainedDifference.YazEmptiesValuesItCannotConvert);
        var replacements = kind.HasFlag(ExplainedDifference.ReplacementCharacters);
        if (!yazEmpties && !replacements)
        {
            return null;
        }

        return (yaz, ours) =>
        {
            if (string.Equals(yaz, ours, StringComparison.Ordinal))
            {
                return true;
            }

            var explained = (yazEmpties && yaz.Length == 0) || (replacements && MatchWithReplacements(yaz, ours));
            if (explained)
            {
                counted();
            }

            return explained;
        };
    }

    private static bool IsExplained(ExplainedDifference kind, RecordDifference difference, List<MarcProblem> reported)
    {
        if (kind.HasFlag(ExplainedDifference.ControlFieldsWithSubfields) && difference.KindOfField && difference.Tag is ['0', '0', _])
        {
            return true;
        }

        if (!kind.HasFlag(ExplainedDifference.OnlyWhereReported) || reported.Count == 0)
        {
            return false;
        }

        return difference.Tag is null || reported.Any(p => p.Tag is null || p.Tag == difference.Tag);
    }

    /// <summary>True when each U+FFFD of this library's value stands for zero or one character of yaz's (see <see cref="ExplainedDifference.ReplacementCharacters"/>).</summary>
    private static bool MatchWithReplacements(string yaz, string ours)
    {
        if (!ours.Contains('\uFFFD', StringComparison.Ordinal))
        {
            return false;
        }

        var pattern = "^" + string.Join("(?:[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\uD800-\uDFFF])?", ours.Split('\uFFFD').Select(Regex.Escape)) + "$";
        return Regex.IsMatch(yaz, pattern, RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(5));
    }
}
