namespace Gateway.Marc;

/// <summary>Reads binary MARC 21 (ISO 2709), one record at a time (streaming; about one record buffered).</summary>
/// <remarks>
/// Records are cut by the leader's record length; when that length is wrong the reader resynchronises on the next
/// record terminator (0x1D). Fields are located with the directory's offsets, falling back to the field terminators
/// when the directory is inconsistent. Text is UTF-8 (leader/09 'a') or MARC-8 (leader/09 blank), converted to Unicode
/// NFC (EACC, the CJK set, included; a code not in its table becomes U+FFFD and is reported); the leader is kept as
/// read. Strict mode (default) throws <see cref="MarcFormatException"/> on the first
/// problem; lenient mode reports every problem, repairs or skips the bad part (subfield, field or record) and goes on,
/// so one bad record never stops the stream.
/// </remarks>
public static class Iso2709Reader
{
    /// <summary>Reads every record of the stream. The stream is left open.</summary>
    public static IEnumerable<MarcRecord> Read(Stream stream, MarcReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadIterator(stream, new ProblemSink(options));
    }

    /// <summary>
    /// Reads every record of the stream, each with its 1-based record number and the byte offset where it starts
    /// (the numbers and offsets that problems report). The stream is left open.
    /// </summary>
    public static IEnumerable<MarcReadResult> ReadWithPositions(Stream stream, MarcReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadWithPositionsIterator(stream, new ProblemSink(options));
    }

    /// <summary>Parses one record from its bytes, strictly.</summary>
    /// <exception cref="MarcFormatException">The bytes are not one well-formed record.</exception>
    public static MarcRecord Parse(ReadOnlySpan<byte> bytes)
    {
        var record = Iso2709RecordDecoder.Decode(bytes, 1, 0, new ProblemSink(null));
        return record ?? throw new MarcFormatException("Not a MARC record.", 1, null, 0);
    }

    private static IEnumerable<MarcRecord> ReadIterator(Stream stream, ProblemSink problems)
    {
        foreach (var result in ReadWithPositionsIterator(stream, problems))
        {
            yield return result.Record;
        }
    }

    private static IEnumerable<MarcReadResult> ReadWithPositionsIterator(Stream stream, ProblemSink problems)
    {
        var framer = new Iso2709Framer(stream);
        var decoder = new Iso2709RecordDecoder(problems);
        var number = 0;
        while (framer.Next(out var frame))
        {
            number++;
            if (frame.Problem is not null)
            {
                problems.Report(number, frame.StreamOffset, null, frame.Problem);
            }

            var record = decoder.Decode(framer.Buffer.AsSpan(frame.Offset, frame.Length), number, frame.StreamOffset);
            if (record is not null)
            {
                yield return new MarcReadResult(record, number, frame.StreamOffset);
            }
        }
    }
}
