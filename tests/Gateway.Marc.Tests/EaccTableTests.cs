using System.Text;
using Gateway.Marc.Marc8;

namespace Gateway.Marc.Tests;

/// <summary>
/// The generated EACC (CJK) table (src/Gateway.Marc/Marc8/Eacc.bin): spot checks against the Library of Congress EACC
/// code tables, and, when yaz-iconv is installed, a sample of codes (in the table and not) against it.
/// </summary>
public sealed class EaccTableTests(ITestOutputHelper output)
{
    /// <summary>Every how many entries of the table the yaz cross-check probes one (about 250 of 15,739).</summary>
    private const int SampleStep = 64;

    [Theory]
    [InlineData(0x212320, 0x3000)] // ideographic space "in some implementations" (LC table 9.4)
    [InlineData(0x212321, 0x3000)] // ideographic space per ANSI Z39.64
    [InlineData(0x212328, 0xFF08)] // ideographic left parenthesis
    [InlineData(0x212329, 0xFF09)] // ideographic right parenthesis
    [InlineData(0x21232D, 0xFF0D)] // ideographic hyphen minus
    [InlineData(0x212A46, 0x3013)] // ideographic geta symbol
    [InlineData(0x212B25, 0x300C)] // left corner bracket
    [InlineData(0x212B26, 0x300D)] // right corner bracket
    [InlineData(0x212B31, 0xFF3B)] // ideographic left square bracket
    [InlineData(0x212B32, 0xFF3D)] // ideographic right square bracket
    [InlineData(0x212B33, 0x3002)] // ideographic full stop
    [InlineData(0x212B34, 0xFF0E)] // ideographic variant full stop
    [InlineData(0x212B35, 0x3001)] // ideographic comma
    [InlineData(0x212B38, 0xFF0C)] // ideographic variant comma
    [InlineData(0x212B39, 0xFF1B)] // ideographic semicolon
    [InlineData(0x212B3A, 0xFF1A)] // ideographic colon
    [InlineData(0x212B3B, 0xFF1F)] // ideographic question mark
    [InlineData(0x212B3D, 0xFF01)] // ideographic exclamation mark
    [InlineData(0x212F30, 0x3007)] // ideographic number zero (LC: listed with the ideographs)
    [InlineData(0x213064, 0x4EBA)] // 人, the example of LC's MARC-8 pages
    [InlineData(0x69253E, 0x30BE)] // katakana ZO, added by LC's revision of February 2002
    public void Agrees_with_the_library_of_congress_table(int code, int expected)
    {
        Assert.Equal(expected, EaccTable.Lookup(code, out _));
    }

    [Fact]
    public void Holds_the_library_of_congress_repertoire()
    {
        var codes = EaccTable.Codes.ToArray();
        var scalars = codes.Select(c => EaccTable.Lookup(c, out _)).ToList();

        // LC lists 15,738 EACC mappings, 61 of them into the Private Use Area (its PUA summary, September 2004).
        output.WriteLine($"{codes.Length} codes, {scalars.Count(s => s is >= 0xE000 and <= 0xF8FF)} in the PUA, {scalars.Count(s => s > 0xFFFF)} outside the BMP");
        Assert.InRange(codes.Length, 15_738, 15_740);
        Assert.Equal(61, scalars.Count(s => s is >= 0xE000 and <= 0xF8FF));
        Assert.All(codes, c => Assert.InRange(c >> 16, 0x21, 0x7E));
        Assert.All(scalars, s => Assert.True(s >= 0x3000, $"U+{s:X4} is not a CJK character"));
    }

    [Theory]
    [InlineData(0x212020)]
    [InlineData(0x213020)]
    [InlineData(0x7E7E7E)]
    [InlineData(0x000000)]
    public void Codes_outside_the_repertoire_are_absent(int code)
    {
        Assert.Equal(-1, EaccTable.Lookup(code, out _));
    }

    [Fact]
    public void Sample_decodes_as_yaz_iconv_decodes_it()
    {
        var yazIconv = YazMarcdump.Find("yaz-iconv");
        if (yazIconv is null)
        {
            Assert.False(YazMarcdump.Required, "GATEWAY_TEST_REQUIRE_SERVICES=1 but yaz-iconv is not on PATH (Debian package yaz).");
            Assert.Skip("yaz-iconv not found on PATH (Debian package yaz): EACC table not checked against it.");
        }

        // Every SampleStep-th entry, every entry outside the BMP, and the code after each sampled one when the table
        // lacks it. Each probe is a process of its own: in a long input yaz-iconv drops EACC characters near the ends of
        // its 1,024-byte reads and after some undefined codes (docs/decisions/0012-eacc.md).
        var codes = EaccTable.Codes.ToArray();
        var sample = codes.Where((c, i) => i % SampleStep == 0 || EaccTable.Lookup(c, out _) > 0xFFFF).ToList();
        var absent = sample.Select(c => c + 1).Where(c => (c & 0xFF) <= 0x7E && EaccTable.Lookup(c, out _) < 0).ToList();
        Assert.NotEmpty(absent);

        var disagreements = new List<string>();
        var g1 = false;
        foreach (var code in sample.Concat(absent))
        {
            // Alternate G0 (ESC $ 1 ... ESC s) and G1 (ESC $ ) 1 ... ESC ) E) probes.
            g1 = !g1;
            byte[] bytes = g1
                ? [.. Latin1("x\e$)1"), (byte)((code >> 16) | 0x80), (byte)(((code >> 8) & 0xFF) | 0x80), (byte)((code & 0xFF) | 0x80), .. Latin1("\e)Ey")]
                : [.. Latin1("x\e$1"), (byte)(code >> 16), (byte)((code >> 8) & 0xFF), (byte)(code & 0xFF), .. Latin1("\esy")];
            var diagnostics = default(Marc8Diagnostics);
            var ours = Marc8Decoder.Decode(bytes, ref diagnostics);
            var yaz = Encoding.UTF8.GetString(YazMarcdump.Run(yazIconv, ["-f", "marc8", "-t", "utf8"], bytes)).Normalize(NormalizationForm.FormC);

            // Explained difference: yaz drops a code it lacks, this library writes U+FFFD and reports it.
            var agrees = EaccTable.Lookup(code, out _) < 0
                ? ours == "x\uFFFDy" && yaz == "xy" && diagnostics.UnknownEaccCodes == 1
                : ours == yaz && !diagnostics.HasProblems;
            if (!agrees)
            {
                disagreements.Add($"0x{code:X6} ({(g1 ? "G1" : "G0")}): this library gives {Show(ours)}, yaz-iconv {Show(yaz)}");
            }
        }

        output.WriteLine($"{sample.Count} codes of the table and {absent.Count} codes it lacks probed; {disagreements.Count} disagreement(s)");
        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
    }

    private static byte[] Latin1(string value) => Encoding.Latin1.GetBytes(value);

    private static string Show(string value) => string.Join(' ', value.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));
}
