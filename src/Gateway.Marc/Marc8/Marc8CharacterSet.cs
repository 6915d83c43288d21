using System.Globalization;
using System.Text;

namespace Gateway.Marc.Marc8;

/// <summary>
/// A MARC-8 graphic character set (94 code points), or the multibyte EACC set. Lookups take the byte with or without
/// its high bit, so the same table serves the set designated as G0 (0x21-0x7E) or as G1 (0xA1-0xFE).
/// </summary>
internal sealed class Marc8CharacterSet
{
    /// <summary>Flag of an entry: the code point is defined.</summary>
    public const int Defined = 1 << 16;

    /// <summary>Flag of an entry: a combining mark (written before its base in MARC-8).</summary>
    public const int Combining = 1 << 17;

    /// <summary>Flag of an entry: the second half of a double diacritic, which gives nothing.</summary>
    public const int Ignored = 1 << 18;

    /// <summary>Flag of an entry: text holding the character may change under NFC (a mark, or no NFC form of its own).</summary>
    public const int Normalizes = 1 << 19;

    private readonly int[] _entries = new int[128];

    /// <summary>Creates a single-byte set from its code points.</summary>
    public Marc8CharacterSet(string name, ReadOnlySpan<Marc8Code> codes)
    {
        Name = name;
        foreach (var code in codes)
        {
            var entry = code.Char | Defined;
            if (code.Combining)
            {
                entry |= Combining;
            }

            if (code.SecondHalf)
            {
                entry |= Ignored;
            }

            if (code.Combining || MayNormalize(code.Char))
            {
                entry |= Normalizes;
            }

            _entries[code.Code & 0x7F] = entry;
        }
    }

    private Marc8CharacterSet(string name)
    {
        Name = name;
        IsMultibyte = true;
    }

    /// <summary>East Asian Character Code (CJK), three bytes a character; its characters are in <see cref="EaccTable"/>.</summary>
    public static Marc8CharacterSet Eacc { get; } = new("EACC (CJK)");

    /// <summary>The set's name, for problem messages.</summary>
    public string Name { get; }

    /// <summary>True for EACC, whose characters take three bytes.</summary>
    public bool IsMultibyte { get; }

    /// <summary>The character (low 16 bits) and flags for a byte; 0 when the set does not define it.</summary>
    public int this[byte b] => _entries[b & 0x7F];

    /// <summary>True for a character NFC may change, or compose with the one before it.</summary>
    private static bool MayNormalize(char c) =>
        !char.IsAscii(c) && (!new ReadOnlySpan<char>(in c).IsNormalized(NormalizationForm.FormC)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);
}
