using System.Buffers;
using System.Text;

namespace Gateway.Marc.Marc8;

/// <summary>
/// Converts MARC-8 text (one subfield value or control field) to Unicode NFC, following the Library of Congress
/// MARC-8 specification: G0 starts as Basic Latin (ASCII) and G1 as Extended Latin (ANSEL) at the start of every value;
/// escape sequences designate the Greek, Cyrillic, Hebrew, Arabic, subscript, superscript and Greek symbol sets, and
/// the multibyte EACC (CJK) set, three bytes a character, is read from <see cref="EaccTable"/>; combining marks, which
/// MARC-8 writes before their base character, are written after it, then the text is normalised to NFC. Undefined bytes,
/// EACC codes not in the table and EACC characters cut short become U+FFFD; bad escape sequences are skipped. Every such
/// problem is counted in the <see cref="Marc8Diagnostics"/>.
/// </summary>
internal static class Marc8Decoder
{
    private const byte Escape = 0x1B;
    private const int StackChars = 256;

    // Bytes that need more than a widening copy: ESC, DEL and everything with the high bit set.
    private static readonly SearchValues<byte> Special = SearchValues.Create([Escape, .. Enumerable.Range(0x7F, 0x81).Select(b => (byte)b)]);

    /// <summary>The text of the bytes, in NFC.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, ref Marc8Diagnostics diagnostics)
    {
        if (bytes.IndexOfAny(Special) < 0)
        {
            return bytes.IsEmpty ? string.Empty : Encoding.Latin1.GetString(bytes);
        }

        // Every byte gives at most one character (escape sequences none, three EACC bytes one, or two outside the BMP).
        char[]? rented = null;
        var buffer = bytes.Length <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(bytes.Length));
        try
        {
            var length = Convert(bytes, buffer, ref diagnostics, out var normalize);
            return normalize ? Normalized(buffer[..length]) : new string(buffer[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static int Convert(ReadOnlySpan<byte> bytes, Span<char> output, ref Marc8Diagnostics diagnostics, out bool normalize)
    {
        var g0 = Marc8Tables.BasicLatin;
        var g1 = Marc8Tables.Ansel;
        var writer = new Marc8Writer(output);
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b == Escape)
            {
                i = Marc8Escapes.Designate(bytes, i, ref g0, ref g1, ref diagnostics);
                continue;
            }

            if (b < 0x21 || (b < 0x7F && ReferenceEquals(g0, Marc8Tables.BasicLatin)))
            {
                writer.Base((char)b);
                i++;
                continue;
            }

            var set = b switch
            {
                < 0x7F => g0,
                >= 0xA1 and < 0xFF => g1,
                >= 0x80 and < 0xA0 => Marc8Tables.Controls,
                _ => null,
            };

            if (set is { IsMultibyte: true })
            {
                i = Eacc(bytes, i, ref writer, ref diagnostics);
                continue;
            }

            var entry = set is null ? 0 : set[b];
            if ((entry & Marc8CharacterSet.Defined) == 0)
            {
                writer.Base('\uFFFD');
                diagnostics.Unknown(i, b, set?.Name ?? "outside every character set");
            }
            else if ((entry & Marc8CharacterSet.Combining) != 0)
            {
                writer.Mark((char)entry);
            }
            else if ((entry & Marc8CharacterSet.Ignored) == 0)
            {
                writer.Base((char)entry, (entry & Marc8CharacterSet.Normalizes) != 0);
            }

            i++;
        }

        diagnostics.DanglingMarks = writer.PendingMarks;
        normalize = writer.NeedsNormalizing;
        return writer.Length;
    }

    /// <summary>Writes the EACC character at <paramref name="start"/> and returns the index after it.</summary>
    private static int Eacc(ReadOnlySpan<byte> bytes, int start, ref Marc8Writer writer, ref Marc8Diagnostics diagnostics)
    {
        var length = EaccLength(bytes[start..]);
        if (length < 3)
        {
            writer.Base('\uFFFD');
            diagnostics.CutEacc(start, bytes.Slice(start, length));
            return start + length;
        }

        var code = EaccTable.Code(bytes[start], bytes[start + 1], bytes[start + 2]);
        var scalar = EaccTable.Lookup(code, out var normalizes);
        if (scalar < 0)
        {
            writer.Base('\uFFFD');
            diagnostics.UnknownEacc(start, code);
            return Resynchronised(bytes, start);
        }

        if (scalar <= char.MaxValue)
        {
            writer.Base((char)scalar, normalizes);
        }
        else
        {
            Span<char> pair = stackalloc char[2];
            new Rune(scalar).EncodeToUtf16(pair);
            writer.Base(pair[0], pair[1], normalizes);
        }

        return start + 3;
    }

    /// <summary>
    /// Where to go on after a code the table lacks at <paramref name="start"/>. A stray byte (mangled records have them)
    /// shifts every character after it, and reading on three bytes later would turn the rest of the value into U+FFFD
    /// or wrong characters; so when a defined character starts one or two bytes later and is followed by another
    /// defined character (or by the end of the EACC text), the reading goes on from there. Otherwise the three bytes
    /// were one unknown code.
    /// </summary>
    private static int Resynchronised(ReadOnlySpan<byte> bytes, int start)
    {
        for (var shift = 1; shift <= 2; shift++)
        {
            var at = start + shift;
            if (IsDefined(bytes, at) && (!ContinuesEacc(bytes, at + 3, bytes[start] & 0x80) || IsDefined(bytes, at + 3)))
            {
                return at;
            }
        }

        return start + 3;

        static bool ContinuesEacc(ReadOnlySpan<byte> bytes, int at, int high) =>
            at < bytes.Length && (bytes[at] & 0x80) == high && (bytes[at] & 0x7F) is >= 0x21 and <= 0x7E;

        static bool IsDefined(ReadOnlySpan<byte> bytes, int at) =>
            at + 3 <= bytes.Length && EaccLength(bytes[at..]) == 3 && EaccTable.Lookup(EaccTable.Code(bytes[at], bytes[at + 1], bytes[at + 2]), out _) >= 0;
    }

    /// <summary>
    /// Bytes of one EACC character: three in the same half of the code table, fewer when cut short. The second and
    /// third may be a space (0x20, or 0xA0 in G1) only where the table has such a code (0x212320, the ideographic
    /// space); elsewhere the space ends the character and stays a space.
    /// </summary>
    private static int EaccLength(ReadOnlySpan<byte> bytes)
    {
        var high = bytes[0] & 0x80;
        var length = 1;
        var space = 0;
        while (length < 3 && length < bytes.Length && (bytes[length] & 0x80) == high && (bytes[length] & 0x7F) is >= 0x20 and <= 0x7E)
        {
            if ((bytes[length] & 0x7F) == 0x20 && space == 0)
            {
                space = length;
            }

            length++;
        }

        return space > 0 && (length < 3 || EaccTable.Lookup(EaccTable.Code(bytes[0], bytes[1], bytes[2]), out _) < 0) ? space : length;
    }

    private static string Normalized(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        var capacity = text.Length * 2;
        var buffer = capacity <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            return text.TryNormalize(buffer, out var written, NormalizationForm.FormC)
                ? new string(buffer[..written])
                : new string(text).Normalize(NormalizationForm.FormC);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }
}
