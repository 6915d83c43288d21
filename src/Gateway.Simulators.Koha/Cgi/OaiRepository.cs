using System.Globalization;
using Gateway.Marc;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Marc;
using Gateway.Simulators.Koha.Options;

namespace Gateway.Simulators.Koha.Cgi;

/// <summary>The verbs of Koha's OAI-PMH repository over one catalogue snapshot (arguments already checked).</summary>
internal sealed class OaiRepository(CatalogueSnapshot snapshot, KohaSimulatorOptions options, string systemId)
{
    private readonly OaiPmhOptions _oai = options.OaiPmh;
    private readonly string _archiveId = options.OaiPmh.ArchiveId ?? "oai:" + systemId;

    private bool WithDeleted => _oai.DeletedRecord != "no";

    public void Answer(OaiWriter w, string verb, string identifier, string prefix, string from, string until, string set, string? token, IReadOnlyCollection<string> prefixes)
    {
        switch (verb)
        {
            case "Identify":
                Identify(w);
                break;
            case "ListMetadataFormats":
                if (identifier.Length > 0 && Entry(identifier) is null)
                {
                    w.Error("idDoesNotExist", "No matching identifier");
                    return;
                }

                ListMetadataFormats(w);
                break;
            case "ListSets":
                if (token is not null)
                {
                    w.Error("badResumptionToken", "Unknown resumption token");
                    return;
                }

                w.Error("noSetHierarchy", "There are no OAI sets defined");
                break;
            case "GetRecord":
                if (!prefixes.Contains(prefix))
                {
                    w.Error("cannotDisseminateFormat", "Format not supported: " + prefix);
                    return;
                }

                if (Entry(identifier) is not { } entry)
                {
                    w.Error("idDoesNotExist", "No matching identifier");
                    return;
                }

                w.Xml.WriteStartElement("GetRecord", OaiWriter.Namespace);
                Record(w, entry, prefix);
                w.Xml.WriteEndElement();
                break;
            default:
                List(w, verb, token is null ? new OaiResumptionToken(prefix, 0, from, until, set, 0) : OaiResumptionToken.Parse(token, prefixes), token is not null, prefixes);
                break;
        }
    }

    private void Identify(OaiWriter w)
    {
        var earliest = snapshot.BibliosByTimestamp.Count > 0 ? snapshot.BibliosByTimestamp[0].Timestamp : DateTimeOffset.UnixEpoch;
        if (WithDeleted && snapshot.Deleted.Count > 0 && snapshot.Deleted.Min(d => d.DeletedAt) < earliest)
        {
            earliest = snapshot.Deleted.Min(d => d.DeletedAt);
        }

        w.Xml.WriteStartElement("Identify", OaiWriter.Namespace);
        w.Element("repositoryName", _oai.RepositoryName ?? systemId + " Koha");
        w.Element("baseURL", w.BaseUrl);
        w.Element("protocolVersion", "2.0");
        w.Element("adminEmail", _oai.AdminEmail);
        w.Element("earliestDatestamp", OaiDate.Format(earliest));
        w.Element("deletedRecord", _oai.DeletedRecord);
        w.Element("granularity", "YYYY-MM-DDThh:mm:ssZ");
        w.Xml.WriteEndElement();
    }

    private static void ListMetadataFormats(OaiWriter w)
    {
        w.Xml.WriteStartElement("ListMetadataFormats", OaiWriter.Namespace);
        Format(w, "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd", OaiDublinCore.Namespace);
        Format(w, "marc21", "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd", MarcXml.Namespace);
        Format(w, "marcxml", "http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd", MarcXml.Namespace);
        w.Xml.WriteEndElement();
    }

    private static void Format(OaiWriter w, string prefix, string schema, string ns)
    {
        w.Xml.WriteStartElement("metadataFormat", OaiWriter.Namespace);
        w.Element("metadataPrefix", prefix);
        w.Element("schema", schema);
        w.Element("metadataNamespace", ns);
        w.Xml.WriteEndElement();
    }

    private void List(OaiWriter w, string verb, OaiResumptionToken? position, bool resumed, IReadOnlyCollection<string> prefixes)
    {
        if (position is null)
        {
            w.Error("badResumptionToken", "The resumption token is invalid or has expired");
            return;
        }

        if (!prefixes.Contains(position.MetadataPrefix))
        {
            w.Error("cannotDisseminateFormat", "Format not supported: " + position.MetadataPrefix);
            return;
        }

        var range = new OaiRange(position.From, position.Until);
        if (range.Problem() is { } problem)
        {
            w.Error("badArgument", problem);
            return;
        }

        if (position.Set.Length > 0)
        {
            w.Error("noSetHierarchy", "There are no OAI sets defined");
            return;
        }

        var (page, more) = Select(range, position.AfterId);
        if (page.Count == 0)
        {
            w.Error("noRecordsMatch", "No records match the request");
            return;
        }

        w.Xml.WriteStartElement(verb, OaiWriter.Namespace);
        foreach (var entry in page)
        {
            if (verb == "ListIdentifiers")
            {
                w.Header(Identifier(entry.BiblioId), entry.Datestamp, entry.Deleted);
            }
            else
            {
                Record(w, entry, position.MetadataPrefix);
            }
        }

        if (more || resumed)
        {
            w.Xml.WriteStartElement("resumptionToken", OaiWriter.Namespace);
            w.Xml.WriteAttributeString("cursor", position.Cursor.ToString(CultureInfo.InvariantCulture));
            if (more)
            {
                w.Xml.WriteString((position with { Cursor = position.Cursor + page.Count, AfterId = page[^1].BiblioId }).ToString());
            }

            w.Xml.WriteEndElement();
        }

        w.Xml.WriteEndElement();
    }

    /// <summary>The next MaxCount entries in biblionumber order after <paramref name="afterId"/>, and whether any follow.</summary>
    private (List<OaiEntry> Page, bool More) Select(OaiRange range, int afterId)
    {
        var page = new List<OaiEntry>(_oai.MaxCount);
        for (var id = afterId + 1; id <= snapshot.MaxBiblioId; id++)
        {
            if (OaiEntry.Find(snapshot, id, WithDeleted, _oai.IncludeItems) is { } entry && range.Contains(entry.Datestamp))
            {
                if (page.Count == _oai.MaxCount)
                {
                    return (page, true);
                }

                page.Add(entry);
            }
        }

        return (page, false);
    }

    private void Record(OaiWriter w, OaiEntry entry, string prefix)
    {
        w.Xml.WriteStartElement("record", OaiWriter.Namespace);
        w.Header(Identifier(entry.BiblioId), entry.Datestamp, entry.Deleted);
        if (!entry.Deleted)
        {
            w.Xml.WriteStartElement("metadata", OaiWriter.Namespace);
            var marc = KohaMarc.Build(entry.Biblio, _oai.IncludeItems);
            if (prefix == "oai_dc")
            {
                OaiDublinCore.Write(w.Xml, marc);
            }
            else
            {
                MarcXmlWriter.Write(w.Xml, marc);
            }

            w.Xml.WriteEndElement();
        }

        w.Xml.WriteEndElement();
    }

    private string Identifier(int biblioId) => _archiveId + ":" + biblioId.ToString(CultureInfo.InvariantCulture);

    private OaiEntry? Entry(string identifier) =>
        identifier.StartsWith(_archiveId + ":", StringComparison.Ordinal)
        && int.TryParse(identifier.AsSpan(_archiveId.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? OaiEntry.Find(snapshot, id, WithDeleted, _oai.IncludeItems)
            : null;
}
