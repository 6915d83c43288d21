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
/// <para>There is one decoding path: <see cref="ReadViews"/> reads each record into a reused
/// <see cref="MarcRecordView"/> (no allocation per record); <see cref="Read"/> and <see cref="ReadWithPositions"/> are
/// that view turned into a <see cref="MarcRecord"/> (<see cref="MarcRecordView.ToRecord"/>), so all three report the
/// same problems at the same points.</para>
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

    /// <summary>
    /// Reads every record of the stream into one reused <see cref="MarcRecordView"/>: fields and subfields as UTF-8
    /// bytes over the reader's buffers, allocating nothing per record. The view yielded is valid only until the
    /// enumeration moves on (see <see cref="MarcRecordView"/>); keep strings or <see cref="MarcRecordView.ToRecord"/>.
    /// Problems are reported (or thrown, in strict mode) exactly as <see cref="Read"/> does. The stream is left open.
    /// </summary>
    /// <example>
    /// <code>
    /// foreach (var view in Iso2709Reader.ReadViews(stream, new MarcReadOptions { Lenient = true, OnProblem = Log }))
    /// {
    ///     foreach (var field in view.Fields)
    ///     {
    ///         if (field.TagNumber == 20 &amp;&amp; field.TryGetSubfield('a', out var isbn))
    ///         {
    ///             isbns.Add(isbn.GetString());   // a string that outlives the view
    ///         }
    ///     }
    /// }
    /// </code>
    /// </example>
    public static IEnumerable<MarcRecordView> ReadViews(Stream stream, MarcReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadViewsIterator(stream, new ProblemSink(options));
    }

    /// <summary>Parses one record from its bytes, strictly.</summary>
    /// <exception cref="MarcFormatException">The bytes are not one well-formed record.</exception>
    public static MarcRecord Parse(ReadOnlySpan<byte> bytes)
    {
        var view = new MarcRecordView();
        try
        {
            var decoded = new Iso2709RecordDecoder(new ProblemSink(null)).Decode(view, bytes.ToArray(), 0, bytes.Length, 1, 0);
            return decoded ? view.ToRecord() : throw new MarcFormatException("Not a MARC record.", 1, null, 0);
        }
        finally
        {
            view.Release();
        }
    }

    private static IEnumerable<MarcRecord> ReadIterator(Stream stream, ProblemSink problems)
    {
        foreach (var view in ReadViewsIterator(stream, problems))
        {
            yield return view.ToRecord();
        }
    }

    private static IEnumerable<MarcReadResult> ReadWithPositionsIterator(Stream stream, ProblemSink problems)
    {
        foreach (var view in ReadViewsIterator(stream, problems))
        {
            yield return new MarcReadResult(view.ToRecord(), view.Number, view.Offset);
        }
    }

    private static IEnumerable<MarcRecordView> ReadViewsIterator(Stream stream, ProblemSink problems)
    {
        var framer = new Iso2709Framer(stream);
        var decoder = new Iso2709RecordDecoder(problems);
        var view = new MarcRecordView();
        var number = 0;
        try
        {
            while (framer.Next(out var frame))
            {
                number++;
                if (frame.Problem is not null)
                {
                    problems.Report(number, frame.StreamOffset, null, frame.Problem);
                }

                if (decoder.Decode(view, framer.Buffer, frame.Offset, frame.Length, number, frame.StreamOffset))
                {
                    yield return view;
                }
            }
        }
        finally
        {
            view.Release();
        }
    }
}
