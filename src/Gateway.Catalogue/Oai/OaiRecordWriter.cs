using Gateway.Catalogue.Consolidation;
using Gateway.Marc;

namespace Gateway.Catalogue.Oai;

/// <summary>Writes a record's header (with <c>status="deleted"</c> for a retired cluster) and its metadata.</summary>
internal static class OaiRecordWriter
{
    public static void Header(OaiXmlResponse response, string identifier, DateTime datestamp, bool deleted, IEnumerable<string> sets)
    {
        var w = response.Writer;
        w.WriteStartElement("header", OaiFormats.OaiNamespace);
        if (deleted)
        {
            w.WriteAttributeString("status", "deleted");
        }

        response.Element("identifier", identifier);
        response.Element("datestamp", OaiDate.Format(datestamp));
        foreach (var set in sets)
        {
            response.Element("setSpec", set);
        }

        w.WriteEndElement();
    }

    public static void Metadata(OaiXmlResponse response, string prefix, ConsolidatedRecord record, MarcRecord marc)
    {
        var w = response.Writer;
        w.WriteStartElement("metadata", OaiFormats.OaiNamespace);
        if (prefix == OaiFormats.Marc21)
        {
            MarcXmlWriter.Write(w, marc);
        }
        else
        {
            DublinCore.Write(w, record);
        }

        w.WriteEndElement();
    }
}
