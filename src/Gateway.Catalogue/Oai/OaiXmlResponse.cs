using System.Text;
using System.Xml;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// One OAI-PMH response being written: the envelope (responseDate, request echoing the arguments only when the verb
/// and arguments were valid), then errors or the verb's element, UTF-8 without BOM.
/// </summary>
internal sealed class OaiXmlResponse : IDisposable
{
    private readonly MemoryStream _buffer = new();
    private bool _finished;

    public OaiXmlResponse(DateTimeOffset now, string baseUrl, OaiRequest request)
    {
        Writer = XmlWriter.Create(_buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false });
        Writer.WriteStartDocument();
        Writer.WriteStartElement("OAI-PMH", OaiFormats.OaiNamespace);
        Writer.WriteAttributeString("xmlns", "xsi", null, OaiFormats.XsiNamespace);
        Writer.WriteAttributeString("schemaLocation", OaiFormats.XsiNamespace,
            $"{OaiFormats.OaiNamespace} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        Writer.WriteElementString("responseDate", OaiFormats.OaiNamespace, OaiDate.Format(now.UtcDateTime));
        Writer.WriteStartElement("request", OaiFormats.OaiNamespace);
        if (request.IsValid && request.Verb is not null)
        {
            Writer.WriteAttributeString("verb", request.Verb);
            foreach (var (name, value) in request.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                Writer.WriteAttributeString(name, value);
            }
        }

        Writer.WriteString(baseUrl);
        Writer.WriteEndElement();
    }

    public XmlWriter Writer { get; }

    public void Errors(IEnumerable<OaiError> errors)
    {
        foreach (var error in errors)
        {
            Writer.WriteStartElement("error", OaiFormats.OaiNamespace);
            Writer.WriteAttributeString("code", error.Code);
            Writer.WriteString(error.Message);
            Writer.WriteEndElement();
        }
    }

    public void Element(string name, string value) => Writer.WriteElementString(name, OaiFormats.OaiNamespace, value);

    public byte[] Finish()
    {
        if (!_finished)
        {
            Writer.WriteEndElement();
            Writer.WriteEndDocument();
            Writer.Flush();
            _finished = true;
        }

        return _buffer.ToArray();
    }

    public void Dispose()
    {
        Writer.Dispose();
        _buffer.Dispose();
    }
}
