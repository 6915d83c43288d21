using System.Globalization;
using Gateway.Catalogue.Consolidation;
using Gateway.Catalogue.Storage;
using Gateway.Marc;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Endpoints;

/// <summary>
/// <c>GET /api/v1/records/{clusterId}</c>: the consolidated record (decision 0018) as JSON, or as MARCXML (the same
/// record OAI-PMH serves as <c>marc21</c>) when the client prefers <c>application/marcxml+xml</c>. A cluster whose
/// members are all gone answers 410 Gone, naming the cluster it was merged into when it was.
/// </summary>
internal static class ConsolidatedRecordEndpoint
{
    public static async Task<IResult> GetAsync(HttpContext http, CatalogueDbContext db, Consolidator consolidator, string id, CancellationToken ct)
    {
        var cluster = await db.Clusters.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        if (cluster is null)
        {
            return Problems.NotFound($"No consolidated record '{id}' in the catalogue.");
        }

        if (cluster.IsDeleted)
        {
            var when = DateTime.SpecifyKind(cluster.Datestamp, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);
            return Problems.Gone(cluster.MergedInto is { } into
                ? $"Consolidated record '{id}' was merged into '{into}' at {when}: ask for /api/v1/records/{into}."
                : $"Consolidated record '{id}' has had no source record since {when}.");
        }

        var inputs = await ConsolidationLoader.LoadAsync(db, [cluster], ct);
        var (record, marc) = consolidator.Build(inputs[cluster.Id], http.Request.PathBase.ToString());
        if (MarcXmlNegotiation.PrefersMarcXml(http.Request))
        {
            return marc is null
                ? Problems.NotAcceptable($"Consolidated record '{id}' has no MARC form.")
                : TypedResults.Text(MarcXmlWriter.ToXml(marc), RecordsApi.MarcXmlMediaType);
        }

        return TypedResults.Ok(record);
    }
}
