using System.Text;
using System.Xml;

namespace Gateway.Marc.Cli.Output;

/// <summary>A MARCXML <c>&lt;collection&gt;</c> document, written record by record.</summary>
internal sealed class MarcXmlRecordWriter : IRecordWriter
{
    private const string MarcNamespace = "http://www.loc.gov/MARC21/slim";

    private readonly XmlWriter _xml;

    public MarcXmlRecordWriter(Stream output)
    {
        // Indented like yaz-marcdump's output: staff read it; whitespace between elements is not MARC data.
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            CloseOutput = false,
        };
        _xml = XmlWriter.Create(output, settings);
        _xml.WriteStartDocument();
        _xml.WriteStartElement("collection", MarcNamespace);
    }

    public void Write(MarcRecord record) => MarcXmlWriter.Write(_xml, record);

    public void Complete()
    {
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
    }

    public void Dispose() => _xml.Dispose();
}
