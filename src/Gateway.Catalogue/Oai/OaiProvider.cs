using Gateway.Catalogue.Consolidation;
using Gateway.Catalogue.Options;
using Gateway.Systems;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue.Oai;

/// <summary>Answers an OAI-PMH request: the six verbs over the consolidated catalogue (decision 0018).</summary>
internal sealed class OaiProvider(
    OaiStore store, OaiLists lists, ISystemsRegistry registry, IOptions<OaiOptions> options, TimeProvider clock)
{
    public async Task<byte[]> RespondAsync(OaiRequest request, OaiLinks links, CancellationToken ct)
    {
        using var response = new OaiXmlResponse(clock.GetUtcNow(), links.BaseUrl, request);
        var errors = request.IsValid
            ? request.Verb switch
            {
                OaiVerbs.Identify => await IdentifyAsync(response, links, ct),
                OaiVerbs.ListMetadataFormats => await ListMetadataFormatsAsync(response, request, ct),
                OaiVerbs.ListSets => ListSets(response, request),
                OaiVerbs.GetRecord => await lists.GetRecordAsync(response, request, links, ct),
                _ => await lists.ListAsync(response, request, links, ct),
            }
            : request.Errors;
        response.Errors(errors);
        return response.Finish();
    }

    private async Task<IReadOnlyList<OaiError>> IdentifyAsync(OaiXmlResponse response, OaiLinks links, CancellationToken ct)
    {
        var o = options.Value;
        var earliest = await store.EarliestDatestampAsync(ct) ?? clock.GetUtcNow().UtcDateTime;
        var w = response.Writer;
        w.WriteStartElement(OaiVerbs.Identify, OaiFormats.OaiNamespace);
        response.Element("repositoryName", o.RepositoryName);
        response.Element("baseURL", links.BaseUrl);
        response.Element("protocolVersion", "2.0");
        response.Element("adminEmail", o.AdminEmail);
        response.Element("earliestDatestamp", OaiDate.Format(earliest));
        response.Element("deletedRecord", "persistent");
        response.Element("granularity", "YYYY-MM-DDThh:mm:ssZ");
        w.WriteStartElement("description", OaiFormats.OaiNamespace);
        w.WriteStartElement("oai-identifier", OaiFormats.OaiIdentifierNamespace);
        w.WriteAttributeString("schemaLocation", OaiFormats.XsiNamespace,
            $"{OaiFormats.OaiIdentifierNamespace} http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");
        w.WriteElementString("scheme", OaiFormats.OaiIdentifierNamespace, "oai");
        w.WriteElementString("repositoryIdentifier", OaiFormats.OaiIdentifierNamespace, o.RepositoryIdentifier);
        w.WriteElementString("delimiter", OaiFormats.OaiIdentifierNamespace, ":");
        w.WriteElementString("sampleIdentifier", OaiFormats.OaiIdentifierNamespace, OaiIdentifier.Format(o.RepositoryIdentifier, "c0123456789abcdef"));
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndElement();
        return [];
    }

    private async Task<IReadOnlyList<OaiError>> ListMetadataFormatsAsync(OaiXmlResponse response, OaiRequest request, CancellationToken ct)
    {
        if (request[OaiVerbs.Identifier] is { } identifier)
        {
            var cluster = OaiIdentifier.TryParse(options.Value.RepositoryIdentifier, identifier, out var id) ? await store.FindAsync(id, ct) : null;
            if (cluster is null)
            {
                return [new OaiError(OaiError.IdDoesNotExist, $"No record '{identifier}' in this repository.")];
            }

            if (cluster.IsDeleted)
            {
                return [new OaiError(OaiError.NoMetadataFormats, $"'{identifier}' is deleted: it has a header only.")];
            }
        }

        response.Writer.WriteStartElement(OaiVerbs.ListMetadataFormats, OaiFormats.OaiNamespace);
        foreach (var (prefix, (schema, ns)) in OaiFormats.All)
        {
            response.Writer.WriteStartElement("metadataFormat", OaiFormats.OaiNamespace);
            response.Element("metadataPrefix", prefix);
            response.Element("schema", schema);
            response.Element("metadataNamespace", ns);
            response.Writer.WriteEndElement();
        }

        response.Writer.WriteEndElement();
        return [];
    }

    private IReadOnlyList<OaiError> ListSets(OaiXmlResponse response, OaiRequest request)
    {
        if (request[OaiVerbs.ResumptionToken] is not null)
        {
            return [new OaiError(OaiError.BadResumptionToken, "ListSets is complete in one response: it issues no resumptionToken.")];
        }

        var sets = OaiSetNames.From(registry);
        if (sets.Count == 0)
        {
            return [new OaiError(OaiError.NoSetHierarchy, "No regional system is registered, so there are no sets.")];
        }

        response.Writer.WriteStartElement(OaiVerbs.ListSets, OaiFormats.OaiNamespace);
        foreach (var (spec, name) in sets)
        {
            response.Writer.WriteStartElement("set", OaiFormats.OaiNamespace);
            response.Element("setSpec", spec);
            response.Element("setName", name);
            response.Writer.WriteEndElement();
        }

        response.Writer.WriteEndElement();
        return [];
    }
}
