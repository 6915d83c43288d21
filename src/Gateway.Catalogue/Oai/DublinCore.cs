using System.Globalization;
using System.Xml;
using Gateway.Catalogue.Consolidation;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// The consolidated record as unqualified Dublin Core (<c>oai_dc</c>): title, creators, subjects, publisher, year,
/// language, format as type, identifiers as URNs (ISBN, ISSN) and OCLC numbers, and a relation to each source record.
/// </summary>
internal static class DublinCore
{
    public static void Write(XmlWriter writer, ConsolidatedRecord record)
    {
        writer.WriteStartElement("oai_dc", "dc", OaiFormats.OaiDcNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, OaiFormats.DcNamespace);
        writer.WriteAttributeString("schemaLocation", OaiFormats.XsiNamespace,
            $"{OaiFormats.OaiDcNamespace} http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
        if (record.Description is { } d)
        {
            Element(writer, "title", d.Title);
            foreach (var author in d.Authors)
            {
                Element(writer, "creator", author);
            }

            foreach (var subject in d.Subjects)
            {
                Element(writer, "subject", subject);
            }

            Element(writer, "publisher", d.Publisher);
            Element(writer, "date", d.PublicationYear?.ToString(CultureInfo.InvariantCulture));
            Element(writer, "type", d.Format);
            Element(writer, "language", d.Language);
            foreach (var isbn in d.Isbns)
            {
                Element(writer, "identifier", $"urn:isbn:{isbn}");
            }

            foreach (var issn in d.Issns)
            {
                Element(writer, "identifier", $"urn:issn:{issn}");
            }

            foreach (var oclc in d.OclcNumbers)
            {
                Element(writer, "identifier", $"(OCoLC){oclc}");
            }
        }

        foreach (var source in record.Sources)
        {
            Element(writer, "relation", source.Link);
        }

        writer.WriteEndElement();
    }

    private static void Element(XmlWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteElementString("dc", name, OaiFormats.DcNamespace, XmlSafe.Text(value));
        }
    }
}
