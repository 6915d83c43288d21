using System.Text;
using Gateway.Marc.Marc8;

namespace Gateway.Marc.Tests;

/// <summary>
/// The generated MARC-8 tables (src/Gateway.Marc/Marc8/Marc8Tables.cs): spot checks against the Library of Congress
/// code tables, and, when yaz-iconv is installed, every code point of every set against it.
/// </summary>
public sealed class Marc8TablesTests
{
    private const char X = 'x';
    private const char Y = 'y';
    private const string Separator = "=#=";

    /// <summary>Sets, their designation (technique 2 sets have no G1 form) and their table.</summary>
    private static readonly (string Designation, bool G1, Marc8CharacterSet Set)[] Sets =
    [
        ("B", true, Marc8Tables.BasicLatin),
        ("E", true, Marc8Tables.Ansel),
        ("2", true, Marc8Tables.BasicHebrew),
        ("3", true, Marc8Tables.BasicArabic),
        ("4", true, Marc8Tables.ExtendedArabic),
        ("N", true, Marc8Tables.BasicCyrillic),
        ("Q", true, Marc8Tables.ExtendedCyrillic),
        ("S", true, Marc8Tables.BasicGreek),
        ("b", false, Marc8Tables.Subscripts),
        ("p", false, Marc8Tables.Superscripts),
        ("g", false, Marc8Tables.GreekSymbols),
    ];

    [Theory]
    [InlineData(0xA1, '\u0141', false)] // Ł
    [InlineData(0xA2, '\u00D8', false)] // Ø
    [InlineData(0xA5, '\u00C6', false)] // Æ
    [InlineData(0xA7, '\u02B9', false)] // soft sign (prime)
    [InlineData(0xAE, '\u02BC', false)] // alif
    [InlineData(0xB0, '\u02BB', false)] // ayn
    [InlineData(0xB8, '\u0131', false)] // dotless i
    [InlineData(0xC3, '\u00A9', false)] // ©
    [InlineData(0xC5, '\u00BF', false)] // ¿
    [InlineData(0xC7, '\u00DF', false)] // ß
    [InlineData(0xC8, '\u20AC', false)] // €
    [InlineData(0xE0, '\u0309', true)] // hook above
    [InlineData(0xE1, '\u0300', true)] // grave
    [InlineData(0xE2, '\u0301', true)] // acute
    [InlineData(0xE8, '\u0308', true)] // umlaut
    [InlineData(0xE9, '\u030C', true)] // caron (hacek)
    [InlineData(0xF0, '\u0327', true)] // cedilla
    [InlineData(0xF2, '\u0323', true)] // dot below
    [InlineData(0xFE, '\u0313', true)] // high comma, centred
    public void Ansel_agrees_with_the_library_of_congress_table(int code, char expected, bool combining)
    {
        var entry = Marc8Tables.Ansel[(byte)code];

        Assert.Equal(expected, (char)entry);
        Assert.Equal(combining, (entry & Marc8CharacterSet.Combining) != 0);
    }

    [Theory]
    [InlineData(0xAF)]
    [InlineData(0xBB)]
    [InlineData(0xBE)]
    [InlineData(0xBF)]
    [InlineData(0xC9)]
    [InlineData(0xDF)]
    [InlineData(0xFC)]
    [InlineData(0xFD)]
    public void Ansel_leaves_unassigned_positions_undefined(int code)
    {
        Assert.Equal(0, Marc8Tables.Ansel[(byte)code] & Marc8CharacterSet.Defined);
    }

    [Fact]
    public void Every_code_point_agrees_with_yaz_iconv()
    {
        var yazIconv = YazMarcdump.Find("yaz-iconv");
        if (yazIconv is null)
        {
            Assert.False(YazMarcdump.Required, "GATEWAY_TEST_REQUIRE_SERVICES=1 but yaz-iconv is not on PATH (Debian package yaz).");
            Assert.Skip("yaz-iconv not found on PATH (Debian package yaz): tables not checked against it.");
        }

        // Each probe: x, the designation, the byte, back to ASCII (and ANSEL in G1), y, then a separator (yaz drops
        // control characters, so not a line break). yaz writes "xUy" for a spacing character, "xyU" for a combining mark
        // (after its base, y) and "xy" for an undefined code point.
        var probes = new List<(string What, byte[] Bytes, int Entry)>();
        foreach (var (designation, g1, set) in Sets)
        {
            for (var b = 0x21; b <= 0x7E; b++)
            {
                var g0Designation = g1 ? $"\e({designation}" : $"\e{designation}";
                probes.Add(($"{set.Name} G0 0x{b:X2}", [.. Latin1($"{X}{g0Designation}"), (byte)b, .. Latin1($"\es{Y}")], set[(byte)b]));
                if (g1)
                {
                    probes.Add(($"{set.Name} G1 0x{b | 0x80:X2}", [.. Latin1($"{X}\e){designation}"), (byte)(b | 0x80), .. Latin1($"\e)E{Y}")], set[(byte)b]));
                }
            }
        }

        for (var b = 0x80; b <= 0x9F; b++)
        {
            probes.Add(($"C1 0x{b:X2}", [(byte)X, (byte)b, (byte)Y], Marc8Tables.Controls[(byte)b]));
        }

        var input = probes.SelectMany(p => p.Bytes.Concat(Latin1(Separator))).ToArray();
        var outputs = Convert(yazIconv, input).Split(Separator);
        Assert.True(outputs.Length >= probes.Count, $"yaz-iconv gave {outputs.Length} results for {probes.Count} probes");

        // In a long input yaz-iconv sometimes writes a combining mark before the base that follows it: for combining
        // marks the batch checks the character, and a probe of its own checks the order.
        var disagreements = new List<string>();
        for (var i = 0; i < probes.Count; i++)
        {
            var probe = probes[i];
            var expected = Expected(probe.Entry);
            var actual = outputs[i];
            if (IsCombining(probe.Entry) && actual != expected && actual == $"{X}{(char)probe.Entry}{Y}")
            {
                actual = Convert(yazIconv, probe.Bytes);
            }

            if (actual != expected)
            {
                disagreements.Add($"{probe.What}: table gives {Show(expected)}, yaz-iconv {Show(actual)}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
    }

    private static string Convert(string yazIconv, byte[] input) =>
        Encoding.UTF8.GetString(YazMarcdump.Run(yazIconv, ["-f", "marc8", "-t", "utf8"], input));

    private static bool IsCombining(int entry) =>
        (entry & (Marc8CharacterSet.Defined | Marc8CharacterSet.Combining | Marc8CharacterSet.Ignored)) == (Marc8CharacterSet.Defined | Marc8CharacterSet.Combining);

    /// <summary>What yaz writes for the probe of a table entry.</summary>
    private static string Expected(int entry)
    {
        if ((entry & Marc8CharacterSet.Defined) == 0 || (entry & Marc8CharacterSet.Ignored) != 0)
        {
            return $"{X}{Y}";
        }

        var c = (char)entry;
        return (entry & Marc8CharacterSet.Combining) != 0 ? $"{X}{Y}{c}" : $"{X}{c}{Y}";
    }

    private static byte[] Latin1(string value) => Encoding.Latin1.GetBytes(value);

    private static string Show(string value) => string.Join(' ', value.Select(c => $"U+{(int)c:X4}"));
}
