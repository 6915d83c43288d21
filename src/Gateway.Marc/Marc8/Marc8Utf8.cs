using System.Buffers;

namespace Gateway.Marc.Marc8;

/// <summary>What readers that keep text as UTF-8 bytes (<see cref="MarcRecordView"/>) need to know about MARC-8 bytes.</summary>
internal static class Marc8Utf8
{
    // Bytes that MARC-8 does not map to the same ASCII character: ESC, DEL and everything with the high bit set.
    private static readonly SearchValues<byte> Special = SearchValues.Create([0x1B, .. Enumerable.Range(0x7F, 0x81).Select(b => (byte)b)]);

    /// <summary>
    /// False when the bytes are already the same text in UTF-8 (only bytes below 0x7F, no escape): they can be used as
    /// they are, and <see cref="Marc8Decoder.Decode"/> would give the same characters and report nothing.
    /// </summary>
    public static bool NeedsConversion(ReadOnlySpan<byte> bytes) => bytes.IndexOfAny(Special) >= 0;
}
