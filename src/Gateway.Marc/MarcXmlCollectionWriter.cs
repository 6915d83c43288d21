namespace Gateway.Marc;

/// <summary>
/// Writes a MARCXML <c>&lt;collection&gt;</c> document (UTF-8, no BOM, with XML declaration) record by record,
/// straight to UTF-8 bytes: the same bytes an <c>XmlWriter</c> with <see cref="MarcXmlWriter.Write"/> gives, faster.
/// Records may be <see cref="MarcRecord"/>s or <see cref="MarcRecordView"/>s (written from their UTF-8 bytes, no
/// string made). The collection's start is written on creation; call <see cref="Complete"/> to close it. The stream
/// is left open.
/// </summary>
public sealed class MarcXmlCollectionWriter : IDisposable
{
    private readonly MarcXmlUtf8Writer _writer;

    /// <summary>Starts the document.</summary>
    /// <param name="stream">Where the bytes go; written in blocks of about 64 KB, and at <see cref="Flush"/> and <see cref="Complete"/>.</param>
    /// <param name="indent">Indent by two spaces and put each element on its own line, as <c>XmlWriterSettings.Indent</c> does.</param>
    public MarcXmlCollectionWriter(Stream stream, bool indent = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _writer = new MarcXmlUtf8Writer(stream, indent);
        _writer.WriteStart();
    }

    /// <summary>Writes one record.</summary>
    public void Write(MarcRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _writer.Write(record);
    }

    /// <summary>Writes the record the view is on, from its UTF-8 bytes.</summary>
    public void Write(MarcRecordView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        _writer.Write(view);
    }

    /// <summary>Writes out what is buffered.</summary>
    public void Flush() => _writer.Flush();

    /// <summary>Closes the collection element and writes out what is buffered (the stream itself is not flushed).</summary>
    public void Complete() => _writer.WriteEnd();

    /// <summary>Returns the buffer to the pool; does not complete the document or close the stream.</summary>
    public void Dispose() => _writer.Dispose();
}
