namespace Gateway.Marc.Cli.Output;

/// <summary>
/// A MARCXML <c>&lt;collection&gt;</c> document, written record by record straight to UTF-8
/// (<see cref="MarcXmlCollectionWriter"/>); binary input is written from the reader's views, with no string made.
/// Indented like yaz-marcdump's output (staff read it; whitespace between elements is not MARC data): the same bytes
/// as an <c>XmlWriter</c> with <c>Indent = true</c> gives.
/// </summary>
internal sealed class MarcXmlRecordWriter(Stream output) : IRecordWriter
{
    private readonly MarcXmlCollectionWriter _xml = new(output, indent: true);

    public void Write(MarcRecord record) => _xml.Write(record);

    public void Write(MarcRecordView view) => _xml.Write(view);

    public void Complete()
    {
        _xml.Complete();
        output.Flush();
    }

    public void Dispose() => _xml.Dispose();
}
