using System.Xml;
using Gateway.Marc;

namespace Gateway.Simulators.Koha.Cgi;

/// <summary>
/// oai_dc from a MARC record, after the main rules of MARC21slim2OAIDC.xsl (which Koha applies): title 245ab,
/// creator 100/700 $a, type, publisher and date 260/264 $b $c, language 008/35-37, description 5XX $a,
/// subject 650 $a, identifier URN:ISBN from 020 $a and links from 856 $u.
/// </summary>
internal static class OaiDublinCore
{
    public const string Namespace = "http://www.openarchives.org/OAI/2.0/oai_dc/";
    public const string Elements = "http://purl.org/dc/elements/1.1/";

    public static void Write(XmlWriter xml, MarcRecord record)
    {
        xml.WriteStartElement("oai_dc", "dc", Namespace);
        xml.WriteAttributeString("xmlns", "dc", null, Elements);
        xml.WriteAttributeString("xsi", "schemaLocation", OaiWriter.Xsi, Namespace + " http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        foreach (var title in record.DataFields("245"))
        {
            Dc(xml, "title", string.Join(" ", title.Subfields.Where(s => s.Code is 'a' or 'b').Select(s => s.Value)));
        }

        foreach (var name in record.DataFields("100").Concat(record.DataFields("700")))
        {
            Dc(xml, "creator", name.FirstValue('a'));
        }

        Dc(xml, "type", "text");
        foreach (var publication in record.DataFields("260").Concat(record.DataFields("264")))
        {
            Dc(xml, "publisher", publication.FirstValue('b'));
            Dc(xml, "date", publication.FirstValue('c'));
        }

        if (record.ControlValue("008") is { Length: >= 38 } fixedField)
        {
            Dc(xml, "language", fixedField[35..38]);
        }

        foreach (var note in record.Fields.OfType<DataField>().Where(f => f.Tag.StartsWith('5')))
        {
            Dc(xml, "description", note.FirstValue('a'));
        }

        foreach (var subject in record.DataFields("650"))
        {
            Dc(xml, "subject", subject.FirstValue('a'));
        }

        foreach (var isbn in record.DataFields("020"))
        {
            Dc(xml, "identifier", isbn.FirstValue('a') is { } value ? "URN:ISBN:" + value : null);
        }

        foreach (var link in record.DataFields("856"))
        {
            Dc(xml, "identifier", link.FirstValue('u'));
        }

        xml.WriteEndElement();
    }

    private static void Dc(XmlWriter xml, string element, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            xml.WriteElementString("dc", element, Elements, value);
        }
    }
}
