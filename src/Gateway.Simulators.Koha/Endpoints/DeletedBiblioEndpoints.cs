using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Marc;
using Gateway.Simulators.Koha.Http;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Query;
using Gateway.Simulators.Koha.Representations;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>GET /deleted/biblios and /deleted/biblios/{biblio_id} (paths/deleted_biblios.yaml).</summary>
internal static class DeletedBiblioEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/deleted/biblios", ListAsync);
        api.MapGet("/deleted/biblios/{biblio_id}", Get);
    }

    private static async Task<IResult> ListAsync(HttpContext context, SystemCatalogue catalogue, IOptions<KohaSimulatorOptions> options)
    {
        if (Negotiation.Choose(context.Request, marcAllowed: true) is not { } format)
        {
            return KohaErrors.NotAcceptable(KohaErrors.MarcMediaTypes);
        }

        var settings = options.Value;
        var deleted = catalogue.Current.Deleted.GroupBy(d => d.BiblioId).Select(g => g.Last()).ToList();
        var page = await ListQuery.RunAsync(context, deleted, BiblioFields.Deleted, settings);
        return format == ResponseFormat.Json
            ? KohaResults.Json(page, BiblioFields.Deleted)
            : KohaResults.MarcCollection([.. page.Select(d => KohaMarc.Build(d.Biblio, deleted: true))], format, settings.NewlineBetweenIso2709Records);
    }

    private static IResult Get(HttpContext context, string biblio_id, SystemCatalogue catalogue)
    {
        var id = KohaResults.PathId(biblio_id, "biblio_id");
        if (catalogue.Current.FindDeleted(id) is not { } deleted)
        {
            return KohaErrors.NotFound("Bibliographic record");
        }

        return Negotiation.Choose(context.Request, marcAllowed: true) switch
        {
            null => KohaErrors.NotAcceptable(KohaErrors.MarcMediaTypes),
            ResponseFormat.Json => KohaResults.Json(deleted, BiblioFields.Deleted),
            var format => KohaResults.MarcRecord(KohaMarc.Build(deleted.Biblio, deleted: true), format.Value),
        };
    }
}
