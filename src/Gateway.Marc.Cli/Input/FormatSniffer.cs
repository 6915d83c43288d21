using System.Globalization;

namespace Gateway.Marc.Cli.Input;

/// <summary>Tells binary MARC from MARCXML by the first bytes that are not whitespace.</summary>
internal static class FormatSniffer
{
    private const byte RecordTerminator = 0x1D;
    private const byte FieldTerminator = 0x1E;

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// <c>&lt;</c> means MARCXML; five ASCII digits (the leader's record length) mean ISO 2709, and so does a head
    /// holding MARC terminators after a damaged leader. Input that is empty or only whitespace is treated as ISO 2709
    /// so that it reads as zero records. <paramref name="complete"/> says the head is the whole input; when it is
    /// not, an undecided result means "read more".
    /// </summary>
    public static SniffResult Sniff(ReadOnlySpan<byte> head, bool complete)
    {
        var start = ContentStart(head);

        if (start == head.Length)
        {
            return complete ? SniffResult.Of(InputFormat.Iso2709) : SniffResult.Unknown("the input begins with only whitespace");
        }

        var first = head[start];
        if (first == (byte)'<')
        {
            return SniffResult.Of(InputFormat.MarcXml);
        }

        var digits = head[start..];
        if (digits.Length >= 5 && AllDigits(digits[..5]))
        {
            return SniffResult.Of(InputFormat.Iso2709);
        }

        // A damaged first leader still leaves the record and field terminators: read it as binary and let the
        // reader report and resynchronise, rather than refuse a whole export for one bad record.
        if (head.IndexOfAny(RecordTerminator, FieldTerminator) >= 0)
        {
            return SniffResult.Of(InputFormat.Iso2709);
        }

        if (first is (byte)'{' or (byte)'[')
        {
            return SniffResult.Unknown("it looks like JSON; this tool reads binary MARC and MARCXML, not MARC-in-JSON");
        }

        var shown = first is >= 0x20 and < 0x7F
            ? $"'{(char)first}'"
            : string.Create(CultureInfo.InvariantCulture, $"byte 0x{first:X2}");
        return SniffResult.Unknown($"it starts with {shown}, not '<' (MARCXML) nor five digits of a record length (binary MARC); use --from to say which it is");
    }

    /// <summary>Where the content starts after a UTF-8 byte order mark and whitespace (the head's length when there is none).</summary>
    public static int ContentStart(ReadOnlySpan<byte> head)
    {
        var start = head.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        while (start < head.Length && IsWhitespace(head[start]))
        {
            start++;
        }

        return start;
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n';

    private static bool AllDigits(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }
}
