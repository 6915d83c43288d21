using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Gateway.Marc.Marc8;

namespace Gateway.Marc;

/// <summary>
/// Decodes one framed binary record (leader, directory, data) into a <see cref="MarcRecordView"/>: locates every
/// field, checks indicators and subfields, validates UTF-8 or converts MARC-8, and reports every problem. This is the
/// only decoding path: <see cref="MarcRecordView.ToRecord"/> turns the view into a <see cref="MarcRecord"/>.
/// </summary>
internal sealed class Iso2709RecordDecoder
{
    private readonly ProblemSink _problems;
    private MarcRecordView _view = null!;
    private int _frameStart;
    private int _recordNumber;
    private long _offset;
    private bool _marc8;
    private int _shift;

    /// <summary>A decoder for one stream: <see cref="Decode"/> may be called once per record.</summary>
    public Iso2709RecordDecoder(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>
    /// Decodes the record in <paramref name="buffer"/>[<paramref name="frameStart"/>..+<paramref name="frameLength"/>]
    /// into <paramref name="view"/>; false (after a report) when nothing usable is left. The per-record state starts afresh.
    /// </summary>
    public bool Decode(MarcRecordView view, byte[] buffer, int frameStart, int frameLength, int recordNumber, long offset)
    {
        _view = view;
        _frameStart = frameStart;
        _recordNumber = recordNumber;
        _offset = offset;
        _marc8 = false;
        _shift = 0;
        view.Begin(buffer, frameStart, frameLength, recordNumber, offset);
        return DecodeFrame(buffer.AsSpan(frameStart, frameLength));
    }

    private bool DecodeFrame(ReadOnlySpan<byte> frame)
    {
        if (frame.Length < Iso2709.LeaderLength + 1)
        {
            Report(null, $"Record of {Number(frame.Length)} bytes is shorter than a leader, skipped.");
            return false;
        }

        var coding = (char)frame[9];
        switch (coding)
        {
            case 'a':
                break;
            case ' ':
                _marc8 = true;
                _view.SetMarc8();
                break;
            default:
                Report(null, $"Unknown character coding scheme '{coding}' in leader/09; text decoded as UTF-8.");
                break;
        }

        var dataEnd = frame[^1] == Iso2709.RecordTerminator ? frame.Length - 1 : frame.Length;
        var directoryEnd = frame[Iso2709.LeaderLength..dataEnd].IndexOf(Iso2709.FieldTerminator);
        if (directoryEnd < 0)
        {
            Report(null, "No field terminator after the directory, record skipped.");
            return false;
        }

        directoryEnd += Iso2709.LeaderLength;
        var baseAddress = directoryEnd + 1;
        var declaredBase = ParseNumber(frame.Slice(12, 5));
        if (declaredBase != baseAddress)
        {
            Report(null, $"Base address {(declaredBase < 0 ? "is not numeric" : Number(declaredBase))}; the directory ends at {Number(directoryEnd)}, so {Number(baseAddress)} is used.");
        }

        var directory = frame[Iso2709.LeaderLength..directoryEnd];
        if (directory.Length % Iso2709.DirectoryEntryLength != 0)
        {
            Report(null, $"Directory length {Number(directory.Length)} is not a multiple of 12; the incomplete entry is ignored.");
        }

        var entries = directory.Length / Iso2709.DirectoryEntryLength;
        var cursor = baseAddress;
        var oversize = frame.Length > Iso2709.MaxRecordLength;
        for (var i = 0; i < entries; i++)
        {
            var entry = directory.Slice(i * Iso2709.DirectoryEntryLength, Iso2709.DirectoryEntryLength);
            var tag = MarcRecordView.Pack(entry[0], entry[1], entry[2]);
            var (start, end) = Locate(frame, entry, baseAddress, dataEnd, cursor, oversize, tag);
            if (start < 0)
            {
                continue;
            }

            cursor = Math.Min(end + 1, dataEnd);
            DecodeField(tag, frame[start..end], start);
        }

        return true;
    }

    /// <summary>
    /// Field bytes [start, end) without terminator: from the directory entry when it is consistent, else up to the next
    /// field terminator. Records over 99,999 bytes are read in directory order, as their offsets cannot be trusted.
    /// </summary>
    private (int Start, int End) Locate(ReadOnlySpan<byte> frame, ReadOnlySpan<byte> entry, int baseAddress, int dataEnd, int cursor, bool oversize, int tag)
    {
        var length = ParseNumber(entry.Slice(3, 4));
        var offset = ParseNumber(entry.Slice(7, 5));
        var start = baseAddress + offset;
        if (!oversize && Fits(frame, start, length, offset, dataEnd))
        {
            return (start, start + length - 1);
        }

        // An earlier field was longer or shorter than its entry said: the following entries are off by the same amount.
        if (!oversize && _shift != 0 && Fits(frame, start + _shift, length, offset, dataEnd))
        {
            return (start + _shift, start + _shift + length - 1);
        }

        if (oversize || offset < 0 || start >= dataEnd)
        {
            start = cursor;
        }

        if (start >= dataEnd)
        {
            Report(tag, "Directory entry points past the end of the record, field skipped.");
            return (-1, -1);
        }

        var terminator = frame[start..dataEnd].IndexOf(Iso2709.FieldTerminator);
        var end = terminator < 0 ? dataEnd : start + terminator;
        var actualLength = end - start + 1;
        var actualOffset = start - baseAddress;

        // Writers put zeros, or the number modulo the limit, where a length or an offset does not fit its digits.
        var lengthAgrees = length == actualLength || (actualLength > Iso2709.MaxFieldLength && (length == 0 || length == actualLength % (Iso2709.MaxFieldLength + 1)));
        var offsetAgrees = offset == actualOffset || (actualOffset > Iso2709.MaxRecordLength && (offset == 0 || offset == actualOffset % (Iso2709.MaxRecordLength + 1)));
        if (!lengthAgrees || !offsetAgrees)
        {
            if (length > 0 && offset >= 0 && !oversize)
            {
                _shift = end + 1 - (baseAddress + offset + length);
            }

            Report(tag, $"Directory entry (length {Number(length)}, start {Number(offset)}) disagrees with the data (length {Number(actualLength)}, start {Number(actualOffset)}); field read up to its terminator.");
        }

        return (start, end);
    }

    private static bool Fits(ReadOnlySpan<byte> frame, int start, int length, int offset, int dataEnd) =>
        length > 0 && offset >= 0 && start >= 0 && start + length <= dataEnd && frame[start + length - 1] == Iso2709.FieldTerminator;

    /// <summary>Adds the field at <paramref name="start"/> (within the frame) to the view; problems are reported in the order the bytes are met.</summary>
    private void DecodeField(int tag, ReadOnlySpan<byte> bytes, int start)
    {
        if ((tag >> 8) == (('0' << 8) | '0'))
        {
            var (valueStart, valueLength) = Text(tag, bytes, start, '\0');
            _view.AddControlField(tag, valueStart, valueLength);
            return;
        }

        var position = 0;
        var ind1 = ' ';
        var ind2 = ' ';
        if (bytes.Length >= 2 && bytes[0] != Iso2709.SubfieldDelimiter && bytes[1] != Iso2709.SubfieldDelimiter)
        {
            ind1 = Indicator(tag, bytes[0]);
            ind2 = Indicator(tag, bytes[1]);
            position = 2;
        }
        else
        {
            Report(tag, "Indicators missing; blanks used.");
            var first = bytes.IndexOf(Iso2709.SubfieldDelimiter);
            position = first < 0 ? bytes.Length : first;
        }

        _view.AddDataField(tag, ind1, ind2);
        var rest = bytes[position..];
        var at = start + position;
        if (rest.Length > 0 && rest[0] != Iso2709.SubfieldDelimiter)
        {
            var first = rest.IndexOf(Iso2709.SubfieldDelimiter);
            Report(tag, "Data before the first subfield delimiter skipped.");
            at += first < 0 ? rest.Length : first;
            rest = first < 0 ? [] : rest[first..];
        }

        while (rest.Length > 0)
        {
            rest = rest[1..];
            at++;
            var next = rest.IndexOf(Iso2709.SubfieldDelimiter);
            var segment = next < 0 ? rest : rest[..next];
            var segmentStart = at;
            rest = next < 0 ? [] : rest[next..];
            at += segment.Length;
            if (segment.Length == 0)
            {
                Report(tag, "Empty subfield (delimiter without code) skipped.");
                continue;
            }

            var code = segment[0];
            if (code is < 0x21 or > 0x7E)
            {
                Report(tag, string.Create(CultureInfo.InvariantCulture, $"Subfield code byte 0x{code:X2} is not a printable ASCII character, subfield skipped."));
                continue;
            }

            var (valueStart, valueLength) = Text(tag, segment[1..], segmentStart + 1, (char)code);
            _view.AddSubfield((char)code, valueStart, valueLength);
        }
    }

    private char Indicator(int tag, byte b)
    {
        if (b is >= 0x20 and <= 0x7E)
        {
            return (char)b;
        }

        Report(tag, string.Create(CultureInfo.InvariantCulture, $"Indicator byte 0x{b:X2} is not printable ASCII; blank used."));
        return ' ';
    }

    /// <summary>
    /// Where the value's UTF-8 text lies for <see cref="MarcRecordView.Bytes"/>: the bytes as read when they are
    /// already valid UTF-8 (or plain ASCII in a MARC-8 record), else converted or repaired into the view's text buffer.
    /// </summary>
    /// <remarks><paramref name="start"/> is the value's start within the frame.</remarks>
    private (int Start, int Length) Text(int tag, ReadOnlySpan<byte> bytes, int start, char code)
    {
        if (bytes.IsEmpty)
        {
            return (0, 0);
        }

        if (_marc8)
        {
            return Marc8Utf8.NeedsConversion(bytes) ? Marc8Text(tag, bytes, code) : (_frameStart + start, bytes.Length);
        }

        if (Utf8.IsValid(bytes))
        {
            return (_frameStart + start, bytes.Length);
        }

        Report(tag, "Invalid UTF-8 bytes replaced with U+FFFD.");
        return Store(Encoding.UTF8.GetString(bytes));
    }

    /// <summary>MARC-8 text (leader/09 blank) converted to Unicode NFC; the escape state starts afresh in every value.</summary>
    private (int Start, int Length) Marc8Text(int tag, ReadOnlySpan<byte> bytes, char code)
    {
        var diagnostics = default(Marc8Diagnostics);
        var text = Marc8Decoder.Decode(bytes, ref diagnostics);
        if (diagnostics.HasProblems)
        {
            foreach (var message in diagnostics.Messages(code))
            {
                Report(tag, message);
            }
        }

        return Store(text);
    }

    /// <summary>Writes the text as UTF-8 into the view's text buffer.</summary>
    private (int Start, int Length) Store(string text)
    {
        var written = Encoding.UTF8.GetBytes(text, _view.ReserveText(Encoding.UTF8.GetMaxByteCount(text.Length)));
        return (_view.CommitText(written), written);
    }

    private void Report(int tag, string message) => Report(MarcRecordView.TagString(tag), message);

    private void Report(string? tag, string message) => _problems.Report(_recordNumber, _offset, tag, message);

    private static int ParseNumber(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            value = (value * 10) + (b - '0');
        }

        return value;
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
