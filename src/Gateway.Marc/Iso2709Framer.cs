using System.Globalization;

namespace Gateway.Marc;

/// <summary>
/// Cuts a binary MARC stream into records: by the leader's record length when it ends on a record terminator,
/// otherwise up to the next record terminator (resynchronisation). Buffers only about one record at a time.
/// </summary>
internal sealed class Iso2709Framer(Stream stream)
{
    private const int MinimumRecord = Iso2709.LeaderLength + 2;

    private byte[] _buffer = new byte[64 * 1024];
    private int _start;
    private int _end;
    private bool _eof;
    private long _bufferOffset;

    /// <summary>The buffer a frame refers to; valid until the next call of <see cref="Next"/>.</summary>
    public byte[] Buffer => _buffer;

    /// <summary>The next record frame, or false at the end of the stream.</summary>
    public bool Next(out Iso2709Frame frame)
    {
        SkipSeparators();
        if (!Ensure(1))
        {
            frame = default;
            return false;
        }

        var streamOffset = _bufferOffset + _start;
        var declared = Ensure(5) ? ParseLength(_buffer.AsSpan(_start, 5)) : -1;
        if (declared >= MinimumRecord && Ensure(declared) && _buffer[_start + declared - 1] == Iso2709.RecordTerminator)
        {
            frame = Take(declared, streamOffset, null);
            return true;
        }

        var terminator = FindTerminator();
        if (terminator < 0)
        {
            var rest = _end - _start;
            if (IsPadding(_buffer.AsSpan(_start, rest)))
            {
                _start = _end;
                frame = default;
                return false;
            }


            frame = Take(rest, streamOffset, $"No record terminator before the end of the stream ({Number(rest)} trailing bytes).");
            return true;
        }

        var actual = terminator + 1;
        // Writers put zeros, or the length modulo 100,000, in the five digits of a longer record.
        var problem = actual > Iso2709.MaxRecordLength && (declared == 0 || declared == actual % (Iso2709.MaxRecordLength + 1))
            ? null
            : $"Leader record length {(declared < 0 ? "is not numeric" : Number(declared))} disagrees with the data; resynchronised on the record terminator after {Number(actual)} bytes.";
        frame = Take(actual, streamOffset, problem);
        return true;
    }

    private Iso2709Frame Take(int length, long streamOffset, string? problem)
    {
        var frame = new Iso2709Frame(_start, length, streamOffset, problem);
        _start += length;
        return frame;
    }

    /// <summary>Skips line breaks and padding some tools put between records.</summary>
    private void SkipSeparators()
    {
        while (Ensure(1) && IsSeparator(_buffer[_start]))
        {
            _start++;
        }
    }

    private static bool IsSeparator(byte b) => b is (byte)'\n' or (byte)'\r' or 0 or 0x1A;

    /// <summary>True for trailing bytes that are only blanks or separators (block padding after the last record).</summary>
    private static bool IsPadding(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b != (byte)' ' && !IsSeparator(b))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Index (relative to the record start) of the next record terminator, or -1.</summary>
    private int FindTerminator()
    {
        var searched = 0;
        while (true)
        {
            var index = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf(Iso2709.RecordTerminator);
            if (index >= 0)
            {
                return searched + index;
            }

            searched = _end - _start;
            if (!Fill(searched + 1))
            {
                return -1;
            }
        }
    }

    private bool Ensure(int count)
    {
        while (_end - _start < count)
        {
            if (!Fill(count))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads more bytes, making room for at least <paramref name="count"/> bytes from the record start.</summary>
    private bool Fill(int count)
    {
        if (_eof)
        {
            return false;
        }

        if (_start > 0 && (_buffer.Length - _start < count || _end == _buffer.Length))
        {
            var kept = _end - _start;
            System.Buffer.BlockCopy(_buffer, _start, _buffer, 0, kept);
            _bufferOffset += _start;
            _start = 0;
            _end = kept;
        }

        if (_buffer.Length < count || _end == _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(count, _buffer.Length * 2));
        }

        var read = stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return false;
        }

        _end += read;
        return true;
    }

    private static int ParseLength(ReadOnlySpan<byte> digits)
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

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
