using System.Globalization;

namespace Gateway.Marc.Marc8;

/// <summary>
/// Escape sequences of MARC-8: ESC ( F or ESC , F designate G0, ESC ) F or ESC - F designate G1 (F = "!E" for ANSEL),
/// ESC $ F, ESC $ , F, ESC $ ) F and ESC $ - F designate the multibyte EACC set (F = '1'), and the technique-2
/// shortcuts ESC g, ESC b, ESC p and ESC s set G0 to Greek symbols, subscripts, superscripts and ASCII.
/// </summary>
internal static class Marc8Escapes
{
    /// <summary>Applies the escape sequence at <paramref name="start"/> and returns the index after it.</summary>
    /// <remarks>
    /// A sequence naming an unknown set is skipped whole and leaves the designations unchanged; an incomplete one
    /// (cut short, or followed by something that cannot end it) is skipped up to where it went wrong.
    /// </remarks>
    public static int Designate(ReadOnlySpan<byte> bytes, int start, ref Marc8CharacterSet g0, ref Marc8CharacterSet g1, ref Marc8Diagnostics diagnostics)
    {
        if (start + 1 >= bytes.Length)
        {
            diagnostics.BadEscape(start, "ESC at the end of the value");
            return bytes.Length;
        }

        switch (bytes[start + 1])
        {
            case (byte)'s':
                g0 = Marc8Tables.BasicLatin;
                return start + 2;
            case (byte)'g':
                g0 = Marc8Tables.GreekSymbols;
                return start + 2;
            case (byte)'b':
                g0 = Marc8Tables.Subscripts;
                return start + 2;
            case (byte)'p':
                g0 = Marc8Tables.Superscripts;
                return start + 2;
            case (byte)'(' or (byte)',':
                return SingleByte(bytes, start, ref g0, ref diagnostics);
            case (byte)')' or (byte)'-':
                return SingleByte(bytes, start, ref g1, ref diagnostics);
            case (byte)'$':
                return Multibyte(bytes, start, ref g0, ref g1, ref diagnostics);
            default:
                diagnostics.BadEscape(start, string.Create(CultureInfo.InvariantCulture, $"ESC followed by 0x{bytes[start + 1]:X2}, which starts no escape sequence"));
                return start + 1;
        }
    }

    private static int SingleByte(ReadOnlySpan<byte> bytes, int start, ref Marc8CharacterSet target, ref Marc8Diagnostics diagnostics)
    {
        var at = start + 2;
        if (at >= bytes.Length)
        {
            diagnostics.BadEscape(start, "escape sequence cut short at the end of the value");
            return bytes.Length;
        }

        var final = bytes[at];
        if (final == (byte)'!')
        {
            if (at + 1 < bytes.Length && bytes[at + 1] == (byte)'E')
            {
                target = Marc8Tables.Ansel;
                return at + 2;
            }

            diagnostics.BadEscape(start, "ESC ( ! or ESC ) ! not followed by E");
            return at + 1;
        }

        var set = final switch
        {
            (byte)'B' => Marc8Tables.BasicLatin,
            (byte)'E' => Marc8Tables.Ansel,
            (byte)'2' => Marc8Tables.BasicHebrew,
            (byte)'3' => Marc8Tables.BasicArabic,
            (byte)'4' => Marc8Tables.ExtendedArabic,
            (byte)'N' => Marc8Tables.BasicCyrillic,
            (byte)'Q' => Marc8Tables.ExtendedCyrillic,
            (byte)'S' => Marc8Tables.BasicGreek,
            (byte)'b' => Marc8Tables.Subscripts,
            (byte)'p' => Marc8Tables.Superscripts,
            (byte)'g' => Marc8Tables.GreekSymbols,
            _ => null,
        };

        if (set is not null)
        {
            target = set;
            return at + 1;
        }

        return Unknown(final, start, at, ref diagnostics);
    }

    private static int Multibyte(ReadOnlySpan<byte> bytes, int start, ref Marc8CharacterSet g0, ref Marc8CharacterSet g1, ref Marc8Diagnostics diagnostics)
    {
        var at = start + 2;
        var toG1 = false;
        if (at < bytes.Length && bytes[at] is (byte)'(' or (byte)',' or (byte)')' or (byte)'-')
        {
            toG1 = bytes[at] is (byte)')' or (byte)'-';
            at++;
        }

        if (at >= bytes.Length)
        {
            diagnostics.BadEscape(start, "escape sequence cut short at the end of the value");
            return bytes.Length;
        }

        if (bytes[at] != (byte)'1')
        {
            return Unknown(bytes[at], start, at, ref diagnostics);
        }

        if (toG1)
        {
            g1 = Marc8CharacterSet.Eacc;
        }
        else
        {
            g0 = Marc8CharacterSet.Eacc;
        }

        return at + 1;
    }

    /// <summary>A final byte naming no MARC-8 set (skipped with the sequence), or a byte that cannot be a final (kept as text).</summary>
    private static int Unknown(byte final, int start, int at, ref Marc8Diagnostics diagnostics)
    {
        if (final is >= 0x30 and <= 0x7E)
        {
            diagnostics.BadEscape(start, string.Create(CultureInfo.InvariantCulture, $"'{(char)final}' names no MARC-8 character set; designation unchanged"));
            return at + 1;
        }

        diagnostics.BadEscape(start, string.Create(CultureInfo.InvariantCulture, $"incomplete escape sequence (0x{final:X2} cannot end it)"));
        return at;
    }
}
