using Gateway.Catalogue.Consolidation;
using Gateway.Catalogue.Options;
using Gateway.Catalogue.Storage;
using Gateway.Systems;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue.Oai;

/// <summary>GetRecord, ListIdentifiers and ListRecords: records with their headers, lists with resumption tokens.</summary>
internal sealed class OaiLists(
    CatalogueDbContext db, OaiStore store, ResumptionTokenCodec codec, Consolidator consolidator, ISystemsRegistry registry,
    IOptions<OaiOptions> options, TimeProvider clock)
{
    public async Task<IReadOnlyList<OaiError>> GetRecordAsync(OaiXmlResponse response, OaiRequest request, OaiLinks links, CancellationToken ct)
    {
        var prefix = request[OaiVerbs.MetadataPrefix]!;
        var identifier = request[OaiVerbs.Identifier]!;
        var errors = new List<OaiError>();
        if (!OaiFormats.All.ContainsKey(prefix))
        {
            errors.Add(CannotDisseminate(prefix));
        }

        var cluster = OaiIdentifier.TryParse(options.Value.RepositoryIdentifier, identifier, out var id) ? await store.FindAsync(id, ct) : null;
        if (cluster is null)
        {
            errors.Add(new OaiError(OaiError.IdDoesNotExist, $"No record '{identifier}' in this repository."));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        response.Writer.WriteStartElement(OaiVerbs.GetRecord, OaiFormats.OaiNamespace);
        await WriteRecordsAsync(response, [cluster!.Id], prefix, links, withMetadata: true, ct);
        response.Writer.WriteEndElement();
        return [];
    }

    public async Task<IReadOnlyList<OaiError>> ListAsync(OaiXmlResponse response, OaiRequest request, OaiLinks links, CancellationToken ct)
    {
        var verb = request.Verb!;
        var now = clock.GetUtcNow();
        ResumptionToken list;
        var resumed = request[OaiVerbs.ResumptionToken] is not null;
        if (request[OaiVerbs.ResumptionToken] is { } text)
        {
            var token = codec.Decode(text, now, out var reason);
            if (token is null || token.Verb != verb)
            {
                return [new OaiError(OaiError.BadResumptionToken, reason ?? $"The resumptionToken belongs to {token!.Verb}, not {verb}.")];
            }

            list = token;
        }
        else
        {
            var prefix = request[OaiVerbs.MetadataPrefix]!;
            if (!OaiFormats.All.ContainsKey(prefix))
            {
                return [CannotDisseminate(prefix)];
            }

            if (request[OaiVerbs.Set] is not null && registry.All.Count == 0)
            {
                return [new OaiError(OaiError.NoSetHierarchy, "No regional system is registered, so there are no sets.")];
            }

            var spec = new ListSpec(prefix, request[OaiVerbs.Set], request.From?.Value, request.Until?.ExclusiveEnd);
            var start = await store.StartAsync(spec, ct);
            if (start.Size == 0)
            {
                return [new OaiError(OaiError.NoRecordsMatch, "No record matches these arguments.")];
            }

            list = new ResumptionToken(verb, spec, start.Bound, start.After, 0, start.Size, now + options.Value.TokenLifetime);
        }

        var pageSize = options.Value.PageSize;
        var page = await store.PageAsync(list.Spec, list.Bound, list.After, pageSize + 1, ct);
        if (page.Count == 0)
        {
            return [new OaiError(OaiError.NoRecordsMatch, "No record remains in this list.")];
        }

        var hasMore = page.Count > pageSize;
        var shown = page.Take(pageSize).ToList();
        response.Writer.WriteStartElement(verb, OaiFormats.OaiNamespace);
        await WriteRecordsAsync(response, [.. shown.Select(p => p.ClusterId)], list.Spec.MetadataPrefix, links, verb == OaiVerbs.ListRecords, ct);
        if (hasMore || resumed)
        {
            var w = response.Writer;
            w.WriteStartElement("resumptionToken", OaiFormats.OaiNamespace);
            if (hasMore)
            {
                w.WriteAttributeString("expirationDate", OaiDate.Format(list.ExpiresAt.UtcDateTime));
            }

            w.WriteAttributeString("completeListSize", Math.Max(list.CompleteListSize, list.Cursor + shown.Count).ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.WriteAttributeString("cursor", list.Cursor.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (hasMore)
            {
                w.WriteString(codec.Encode(list with { After = shown[^1].Seq, Cursor = list.Cursor + shown.Count }));
            }

            w.WriteEndElement();
        }

        response.Writer.WriteEndElement();
        return [];
    }

    private async Task WriteRecordsAsync(
        OaiXmlResponse response, IReadOnlyList<string> clusterIds, string prefix, OaiLinks links, bool withMetadata, CancellationToken ct)
    {
        var (clusters, sets) = await store.LoadAsync(clusterIds, ct);
        var inputs = withMetadata
            ? await ConsolidationLoader.LoadAsync(db, [.. clusters.Values.Where(c => !c.IsDeleted)], ct)
            : new Dictionary<string, ConsolidationInput>(StringComparer.Ordinal);
        var repository = options.Value.RepositoryIdentifier;
        foreach (var id in clusterIds)
        {
            var cluster = clusters[id];
            var built = inputs.TryGetValue(id, out var input) ? consolidator.Build(input, links.ApiBase) : default;
            var deleted = cluster.IsDeleted || (withMetadata && built.Marc is null);
            if (withMetadata)
            {
                response.Writer.WriteStartElement("record", OaiFormats.OaiNamespace);
            }

            OaiRecordWriter.Header(response, OaiIdentifier.Format(repository, id), cluster.Datestamp, deleted, sets[id]);
            if (withMetadata && !deleted)
            {
                OaiRecordWriter.Metadata(response, prefix, built.Record, built.Marc!);
            }

            if (withMetadata)
            {
                response.Writer.WriteEndElement();
            }
        }
    }

    private static OaiError CannotDisseminate(string prefix) =>
        new(OaiError.CannotDisseminateFormat, $"'{prefix}' is not a format of this repository: use marc21 or oai_dc.");
}
