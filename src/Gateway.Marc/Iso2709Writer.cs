using System.Buffers;
using System.Text;

namespace Gateway.Marc;

/// <summary>Writes records as binary MARC 21 (ISO 2709) in UTF-8.</summary>
/// <remarks>
/// The leader is copied from the record with these positions recomputed: 00-04 record length, 09 'a' (UCS/Unicode),
/// 10-11 "22", 12-16 base address of data, 20-23 "4500". A record longer than 99,999 bytes gets "00000" as its length,
/// a field longer than 9,999 bytes "0000" as its length and a start beyond 99,999 "00000": <see cref="Iso2709Reader"/>
/// recovers such records from the terminators. Tags must be three ASCII characters; indicators, subfield codes and
/// the leader must be ASCII.
/// </remarks>
public static class Iso2709Writer
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Writes one record to the stream.</summary>
    public static void Write(Stream stream, MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(record);

        var length = MeasureRecord(record);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Encode(record, buffer.AsSpan(0, length));
            stream.Write(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>One record as ISO 2709 bytes.</summary>
    public static byte[] ToBytes(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);

        var bytes = new byte[MeasureRecord(record)];
        Encode(record, bytes);
        return bytes;
    }

    private static int MeasureRecord(MarcRecord record)
    {
        var fields = record.Fields;
        var total = Iso2709.LeaderLength + (fields.Count * Iso2709.DirectoryEntryLength) + 1;
        for (var i = 0; i < fields.Count; i++)
        {
            total += MeasureField(fields[i]);
        }

        return total + 1;
    }

    private static int MeasureField(MarcField field)
    {
        switch (field)
        {
            case ControlField control:
                return Utf8.GetByteCount(control.Value) + 1;
            case DataField data:
                var length = 3;
                var subfields = data.Subfields;
                for (var i = 0; i < subfields.Count; i++)
                {
                    length += 2 + Utf8.GetByteCount(subfields[i].Value);
                }

                return length;
            default:
                throw new ArgumentException($"Unsupported field type {field.GetType().Name}.", nameof(field));
        }
    }

    private static void Encode(MarcRecord record, Span<byte> output)
    {
        var fields = record.Fields;
        var baseAddress = Iso2709.LeaderLength + (fields.Count * Iso2709.DirectoryEntryLength) + 1;

        WriteLeader(record.Leader, output);
        WriteNumber(output.Slice(0, 5), output.Length);
        WriteNumber(output.Slice(12, 5), baseAddress);

        var directory = output.Slice(Iso2709.LeaderLength);
        var data = output.Slice(baseAddress);
        var position = 0;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var start = position;
            position += EncodeField(field, data.Slice(position));

            var entry = directory.Slice(i * Iso2709.DirectoryEntryLength, Iso2709.DirectoryEntryLength);
            WriteTag(field.Tag, entry);
            WriteNumber(entry.Slice(3, 4), position - start);
            WriteNumber(entry.Slice(7, 5), start);
        }

        output[baseAddress - 1] = Iso2709.FieldTerminator;
        output[^1] = Iso2709.RecordTerminator;
    }

    private static int EncodeField(MarcField field, Span<byte> output)
    {
        int written;
        if (field is ControlField control)
        {
            written = Utf8.GetBytes(control.Value, output);
        }
        else
        {
            var data = (DataField)field;
            output[0] = AsciiByte(data.Indicator1, data.Tag, "indicator 1");
            output[1] = AsciiByte(data.Indicator2, data.Tag, "indicator 2");
            written = 2;
            var subfields = data.Subfields;
            for (var i = 0; i < subfields.Count; i++)
            {
                var subfield = subfields[i];
                output[written] = Iso2709.SubfieldDelimiter;
                output[written + 1] = AsciiByte(subfield.Code, data.Tag, "subfield code");
                written += 2;
                written += Utf8.GetBytes(subfield.Value, output.Slice(written));
            }
        }

        output[written] = Iso2709.FieldTerminator;
        return written + 1;
    }

    private static void WriteLeader(string leader, Span<byte> output)
    {
        for (var i = 0; i < Iso2709.LeaderLength; i++)
        {
            var c = i < leader.Length ? leader[i] : ' ';
            if (c > 0x7F)
            {
                throw new ArgumentException($"Leader position {i} holds non-ASCII character U+{(int)c:X4}.", nameof(leader));
            }

            output[i] = (byte)c;
        }

        output[9] = (byte)'a';
        output[10] = (byte)'2';
        output[11] = (byte)'2';
        output[20] = (byte)'4';
        output[21] = (byte)'5';
        output[22] = (byte)'0';
        output[23] = (byte)'0';
    }

    private static void WriteTag(string tag, Span<byte> entry)
    {
        if (tag.Length != 3)
        {
            throw new ArgumentException($"Tag '{tag}' is not three characters.", nameof(tag));
        }

        for (var i = 0; i < 3; i++)
        {
            entry[i] = AsciiByte(tag[i], tag, "tag");
        }
    }

    private static byte AsciiByte(char c, string tag, string what) =>
        c is >= (char)0x20 and <= (char)0x7E
            ? (byte)c
            : throw new ArgumentException($"Field {tag}: {what} U+{(int)c:X4} is not printable ASCII.", nameof(c));

    /// <summary>Writes the number as zero-padded digits filling the span; zeros when it does not fit.</summary>
    private static void WriteNumber(Span<byte> digits, int value)
    {
        var limit = 1;
        for (var i = 0; i < digits.Length; i++)
        {
            limit *= 10;
        }

        if (value >= limit)
        {
            value = 0;
        }

        for (var i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }
}
