using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;

namespace Gateway.Marc;

/// <summary>
/// The byte-level XML rules <see cref="MarcXmlUtf8Scanner"/> needs: which documents are plain enough to scan, names,
/// and the five predefined entities and character references. Anything these do not accept sends the document to the
/// full <c>XmlReader</c> path, which reads (or reports) it exactly as before.
/// </summary>
internal static class XmlUtf8
{
    /// <summary>
    /// C0 controls XML 1.0 forbids, and carriage return: the reader turns CR LF and lone CR into LF, which the scanner
    /// leaves to it.
    /// </summary>
    private static readonly SearchValues<byte> NotPlain = SearchValues.Create(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0B, 0x0C, 0x0D, 0x0E, 0x0F, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x19, 0x1A, 0x1B, 0x1C, 0x1D, 0x1E, 0x1F]);

    private static readonly SearchValues<byte> TextStops = SearchValues.Create("<&]"u8);

    /// <summary>
    /// True when the bytes are valid UTF-8 with no character XML 1.0 forbids (C0 controls but tab and LF, U+FFFE,
    /// U+FFFF), no CR and no surrogates.
    /// </summary>
    public static bool IsPlainText(ReadOnlySpan<byte> document)
    {
        if (document.IndexOfAny(NotPlain) >= 0 || !Utf8.IsValid(document))
        {
            return false;
        }

        // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
        ReadOnlySpan<byte> lead = [0xEF, 0xBF];
        var rest = document;
        for (var at = rest.IndexOf(lead); at >= 0; at = rest.IndexOf(lead))
        {
            if (at + 2 < rest.Length && rest[at + 2] >= 0xBE)
            {
                return false;
            }

            rest = rest[(at + 2)..];
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameStart(byte b) => char.IsAsciiLetter((char)b) || b == (byte)'_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNameChar(byte b) => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'_' or (byte)'-' or (byte)'.';

    /// <summary>
    /// The length of the text at the start of <paramref name="rest"/>, up to the next <c>&lt;</c>; -1 when there is
    /// none or the text holds <c>]]&gt;</c> or a reference that is not a predefined entity or an XML character.
    /// </summary>
    public static int TextLength(ReadOnlySpan<byte> rest)
    {
        var offset = 0;
        while (true)
        {
            var at = rest[offset..].IndexOfAny(TextStops);
            if (at < 0)
            {
                return -1;
            }

            offset += at;
            switch (rest[offset])
            {
                case (byte)'<':
                    return offset;
                case (byte)'&':
                    var length = Reference(rest[offset..], out _);
                    if (length == 0)
                    {
                        return -1;
                    }

                    offset += length;
                    break;
                default:
                    if (rest[offset..].StartsWith("]]>"u8))
                    {
                        return -1;
                    }

                    offset++;
                    break;
            }
        }
    }

    /// <summary>The length of the reference at the start of <paramref name="text"/> (at its <c>&amp;</c>); 0 when it is not a valid one.</summary>
    public static int ReferenceLength(ReadOnlySpan<byte> text) => Reference(text, out _);

    /// <summary>Character data as a string, references resolved (its references checked by <see cref="TextLength"/> or the attribute reader).</summary>
    public static string Decode(ReadOnlySpan<byte> text)
    {
        if (text.IndexOf((byte)'&') < 0)
        {
            return ShortStrings.Get(text) ?? Encoding.UTF8.GetString(text);
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var length = 0;
            for (var at = text.IndexOf((byte)'&'); at >= 0; at = text.IndexOf((byte)'&'))
            {
                length += Encoding.UTF8.GetChars(text[..at], buffer.AsSpan(length));
                var consumed = Reference(text[at..], out var scalar);
                length += new Rune(scalar).EncodeToUtf16(buffer.AsSpan(length));
                text = text[(at + consumed)..];
            }

            length += Encoding.UTF8.GetChars(text, buffer.AsSpan(length));
            return new string(buffer, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The length of the reference at the start of <paramref name="text"/> (which starts with <c>&amp;</c>) and the
    /// character it stands for; 0 when it is not a predefined entity or a character reference to an XML character.
    /// </summary>
    private static int Reference(ReadOnlySpan<byte> text, out int scalar)
    {
        scalar = 0;
        var end = text.IndexOf((byte)';');
        if (end < 2 || end > 12)
        {
            return 0;
        }

        var name = text[1..end];
        scalar = name switch
        {
            _ when name.SequenceEqual("lt"u8) => '<',
            _ when name.SequenceEqual("gt"u8) => '>',
            _ when name.SequenceEqual("amp"u8) => '&',
            _ when name.SequenceEqual("quot"u8) => '"',
            _ when name.SequenceEqual("apos"u8) => '\'',
            _ when name[0] == (byte)'#' => CharacterReference(name[1..]),
            _ => -1,
        };
        return IsXmlChar(scalar) ? end + 1 : 0;
    }

    /// <summary>The scalar of <c>#123</c> or <c>#x7B</c> (without the <c>#</c>), or -1.</summary>
    private static int CharacterReference(ReadOnlySpan<byte> digits)
    {
        var hex = digits.Length > 1 && digits[0] == (byte)'x';
        if (hex)
        {
            digits = digits[1..];
        }

        if (digits.IsEmpty || digits.Length > 7)
        {
            return -1;
        }

        var value = 0;
        foreach (var b in digits)
        {
            var digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' when hex => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' when hex => b - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return -1;
            }

            value = (value * (hex ? 16 : 10)) + digit;
        }

        return value;
    }

    private static bool IsXmlChar(int c) =>
        c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
}
