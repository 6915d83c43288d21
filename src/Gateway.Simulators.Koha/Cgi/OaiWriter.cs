using System.Text;
using System.Xml;

namespace Gateway.Simulators.Koha.Cgi;

/// <summary>The OAI-PMH response envelope: root, responseDate, the request echo, then one verb element or errors.</summary>
internal sealed class OaiWriter : IDisposable
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/";
    public const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private readonly MemoryStream _stream = new();

    public OaiWriter(DateTimeOffset now, string baseUrl, IReadOnlyList<(string Name, string Value)> echo)
    {
        BaseUrl = baseUrl;
        Xml = XmlWriter.Create(_stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true });
        Xml.WriteStartDocument();
        Xml.WriteStartElement("OAI-PMH", Namespace);
        Xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
        Xml.WriteAttributeString("xsi", "schemaLocation", Xsi, Namespace + " http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
        Xml.WriteElementString("responseDate", Namespace, OaiDate.Format(now));
        Xml.WriteStartElement("request", Namespace);
        foreach (var (name, value) in echo)
        {
            Xml.WriteAttributeString(name, value);
        }

        Xml.WriteString(baseUrl);
        Xml.WriteEndElement();
    }

    public XmlWriter Xml { get; }

    public string BaseUrl { get; }

    public void Error(string code, string message)
    {
        Xml.WriteStartElement("error", Namespace);
        Xml.WriteAttributeString("code", code);
        Xml.WriteString(message);
        Xml.WriteEndElement();
    }

    public void Element(string name, string value) => Xml.WriteElementString(name, Namespace, value);

    /// <summary>A record header; deleted records carry status="deleted".</summary>
    public void Header(string identifier, DateTimeOffset datestamp, bool deleted)
    {
        Xml.WriteStartElement("header", Namespace);
        if (deleted)
        {
            Xml.WriteAttributeString("status", "deleted");
        }

        Element("identifier", identifier);
        Element("datestamp", OaiDate.Format(datestamp));
        Xml.WriteEndElement();
    }

    public byte[] Finish()
    {
        Xml.WriteEndElement();
        Xml.WriteEndDocument();
        Xml.Flush();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        Xml.Dispose();
        _stream.Dispose();
    }
}
