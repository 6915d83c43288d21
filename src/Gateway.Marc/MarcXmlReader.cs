using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using System.Xml;

namespace Gateway.Marc;

/// <summary>Reads MARCXML, one record at a time (streaming, constant memory).</summary>
/// <remarks>
/// Accepts a <c>&lt;collection&gt;</c> or a single <c>&lt;record&gt;</c>, in the MARC 21 slim namespace (any prefix)
/// or in no namespace; records nested in other XML (for example an OAI-PMH response) are found too. Comments and
/// processing instructions are ignored, whitespace inside values is kept. Missing indicators read as blanks. Elements
/// of other names inside a record (Koha adds OAI identifiers there) are skipped without a report.
/// Strict mode (default) throws <see cref="MarcFormatException"/> on the first problem. Lenient mode reports it and
/// skips the bad part: a field without tag, a subfield without code, an element outside a record; a tag of one or two
/// digits is padded with zeros; XML that is not well-formed ends the reading after a report.
/// </remarks>
public static class MarcXmlReader
{
    /// <summary>Reads every record of a MARCXML stream (encoding from the XML declaration, UTF-8 by default). The stream is left open.</summary>
    public static IEnumerable<MarcRecord> Read(Stream stream, MarcReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadIterator(() => XmlReader.Create(stream, CreateSettings()), options);
    }

    /// <summary>
    /// Reads every record of a MARCXML document held in memory (encoding from the XML declaration, UTF-8 by default):
    /// the same records and problems as <see cref="Read(Stream, MarcReadOptions?)"/>. A UTF-8 document in the subset
    /// Koha and this library write is read straight from its bytes (<see cref="MarcXmlUtf8Scanner"/>, decision 0028),
    /// with less work and allocation; any other is read with the full <c>XmlReader</c> path.
    /// </summary>
    public static IEnumerable<MarcRecord> Read(ReadOnlyMemory<byte> document, MarcReadOptions? options = null) =>
        MarcXmlUtf8Scanner.TryRead(document.Span) ?? ReadWithXmlReader(document, options);

    /// <summary>Reads every record of a MARCXML text. The reader is left open.</summary>
    public static IEnumerable<MarcRecord> Read(TextReader reader, MarcReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadIterator(() => XmlReader.Create(reader, CreateSettings()), options);
    }

    /// <summary>Parses the first record of a MARCXML document or fragment, strictly.</summary>
    /// <exception cref="MarcFormatException">The XML is malformed or holds no record.</exception>
    /// <remarks>
    /// A text in the subset <see cref="MarcXmlUtf8Scanner"/> reads is read from its UTF-8 form (decision 0046): the
    /// same record in three quarters of the time and with a quarter of the allocation (the catalogue reads every
    /// incoming change this way). Any other text, and every error, goes through the full <c>XmlReader</c> path.
    /// </remarks>
    public static MarcRecord ParseRecord(string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (TryScanFirst(xml) is { } scanned)
        {
            return scanned;
        }

        using var text = new StringReader(xml);
        foreach (var record in Read(text))
        {
            return record;
        }

        throw new MarcFormatException("The XML holds no MARC record element.", 0, null);
    }

    // The first record as the scanner reads the text's UTF-8 form; null when it cannot (a lone surrogate, a leading
    // byte order mark, anything outside its subset, no record), for the full path to read or to report.
    private static MarcRecord? TryScanFirst(string xml)
    {
        if (xml.Length == 0 || xml[0] == '\uFEFF')
        {
            return null;
        }

        // The exact size (a vectorised count) rather than the worst case, three bytes a character: a large record
        // borrows what it needs, not three times that.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(xml));
        try
        {
            var status = Utf8.FromUtf16(xml, buffer, out _, out var written, replaceInvalidSequences: false);
            return status == OperationStatus.Done && MarcXmlUtf8Scanner.TryRead(buffer.AsSpan(0, written)) is [var first, ..]
                ? first
                : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The full path for a document in memory: the stream over its bytes, no copy when they are an array's.</summary>
    private static IEnumerable<MarcRecord> ReadWithXmlReader(ReadOnlyMemory<byte> document, MarcReadOptions? options)
    {
        using var stream = MemoryMarshal.TryGetArray(document, out var bytes)
            ? new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false)
            : new MemoryStream(document.ToArray(), writable: false);
        foreach (var record in Read(stream, options))
        {
            yield return record;
        }
    }

    private static IEnumerable<MarcRecord> ReadIterator(Func<XmlReader> open, MarcReadOptions? options)
    {
        using var xml = open();
        var parser = new MarcXmlParser(xml, new ProblemSink(options));
        while (parser.Next() is { } record)
        {
            yield return record;
        }
    }

    private static XmlReaderSettings CreateSettings() => new()
    {
        CloseInput = false,
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
    };
}
