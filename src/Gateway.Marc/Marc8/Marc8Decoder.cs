using System.Buffers;
using System.Text;

namespace Gateway.Marc.Marc8;

/// <summary>
/// Converts MARC-8 text (one subfield value or control field) to Unicode NFC, following the Library of Congress
/// MARC-8 specification: G0 starts as Basic Latin (ASCII) and G1 as Extended Latin (ANSEL) at the start of every value;
/// escape sequences designate the Greek, Cyrillic, Hebrew, Arabic, subscript, superscript and Greek symbol sets;
/// combining marks, which MARC-8 writes before their base character, are written after it, then the text is normalised
/// to NFC. EACC (CJK) is not converted yet: each of its characters becomes U+FFFD. Undefined bytes become U+FFFD; bad
/// escape sequences are skipped. Every such problem is counted in the <see cref="Marc8Diagnostics"/>.
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

        // Every byte gives at most one character (escape sequences none, three EACC bytes one).
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
                i += EaccLength(bytes[i..]);
                writer.Base('\uFFFD');
                diagnostics.Eacc();
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

    /// <summary>Bytes of one EACC character: three in the same half of the code table, fewer when cut short.</summary>
    private static int EaccLength(ReadOnlySpan<byte> bytes)
    {
        var high = bytes[0] & 0x80;
        var length = 1;
        while (length < 3 && length < bytes.Length && (bytes[length] & 0x80) == high && (bytes[length] & 0x7F) is >= 0x21 and <= 0x7E)
        {
            length++;
        }

        return length;
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
