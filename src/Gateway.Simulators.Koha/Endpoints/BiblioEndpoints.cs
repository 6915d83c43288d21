using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Marc;
using Gateway.Simulators.Koha.Http;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Query;
using Gateway.Simulators.Koha.Representations;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>GET /biblios, /biblios/{biblio_id} and /biblios/{biblio_id}/items (paths/biblios.yaml).</summary>
internal static class BiblioEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/biblios", ListAsync);
        api.MapGet("/biblios/{biblio_id}", Get);
        api.MapGet("/biblios/{biblio_id}/items", ItemsAsync);
        api.MapGet("/biblios/{biblio_id}/checkouts", CheckoutsAsync);
    }

    /// <summary>The fast paths' view of the live records: by id, by (timestamp, id), lookup by id.</summary>
    public static KeysetSource<SimBiblio> Keyset(CatalogueSnapshot snapshot) =>
        new(snapshot.Biblios, snapshot.BibliosByTimestamp, id => id is > 0 and <= int.MaxValue ? snapshot.Find((int)id) : null, b => b.Timestamp, b => b.BiblioId);

    private static async Task<IResult> ListAsync(HttpContext context, SystemCatalogue catalogue, IOptions<KohaSimulatorOptions> options)
    {
        if (Negotiation.Choose(context.Request, marcAllowed: true) is not { } format)
        {
            return KohaErrors.NotAcceptable(KohaErrors.MarcMediaTypes);
        }

        var settings = options.Value;
        var snapshot = catalogue.Current;
        var page = await ListQuery.RunAsync(context, snapshot.Biblios, BiblioFields.Map, settings, Keyset(snapshot), extraParameters: null);
        return format == ResponseFormat.Json
            ? KohaResults.Json(page, BiblioFields.Map)
            : KohaResults.MarcCollection([.. page.Select(b => KohaMarc.Build(b, settings.EmbedItemsInMarc))], format, settings.NewlineBetweenIso2709Records);
    }

    private static IResult Get(HttpContext context, string biblio_id, SystemCatalogue catalogue, IOptions<KohaSimulatorOptions> options)
    {
        var id = KohaResults.PathId(biblio_id, "biblio_id");
        if (catalogue.Current.Find(id) is not { } biblio)
        {
            return KohaErrors.NotFound("Bibliographic record");
        }

        return Negotiation.Choose(context.Request, marcAllowed: true) switch
        {
            null => KohaErrors.NotAcceptable(KohaErrors.MarcMediaTypes),
            ResponseFormat.Json => KohaResults.Json(biblio, BiblioFields.Map),
            var format => KohaResults.MarcRecord(KohaMarc.Build(biblio, options.Value.EmbedItemsInMarc), format.Value),
        };
    }

    private static async Task<IResult> ItemsAsync(HttpContext context, string biblio_id, SystemCatalogue catalogue, IOptions<KohaSimulatorOptions> options)
    {
        var id = KohaResults.PathId(biblio_id, "biblio_id");
        var snapshot = catalogue.Current;
        if (snapshot.Find(id) is not { } biblio)
        {
            return KohaErrors.NotFound("Bibliographic record");
        }

        if (Negotiation.Choose(context.Request, marcAllowed: false) is null)
        {
            return KohaErrors.NotAcceptable(["application/json"]);
        }

        var embeds = EmbedHeader.Parse(context.Request, ItemEmbeds.BiblioItems);
        var page = await ListQuery.RunAsync(context, biblio.Items, ItemFields.Map, options.Value, keyset: null, ["bookable", "group_by_status"]);
        return KohaResults.Json(page, ItemFields.Map, ItemEmbeds.Writer(embeds, snapshot, catalogue.Libraries));
    }

    /// <summary>Current loans of the record's items (or returned ones with checked_in=true).</summary>
    private static async Task<IResult> CheckoutsAsync(HttpContext context, string biblio_id, SystemCatalogue catalogue, IOptions<KohaSimulatorOptions> options)
    {
        var id = KohaResults.PathId(biblio_id, "biblio_id");
        var snapshot = catalogue.Current;
        if (snapshot.Find(id) is null)
        {
            return KohaErrors.NotFound("Bibliographic record");
        }

        var embeds = EmbedHeader.Parse(context.Request, CheckoutEndpoints.BiblioCheckoutEmbeds);
        var source = CheckoutEndpoints.Source(context, snapshot).Where(c => c.BiblioId == id).ToList();
        var page = await ListQuery.RunAsync(context, source, CheckoutFields.Map, options.Value, keyset: null, ["checked_in"]);
        return KohaResults.Json(page, CheckoutFields.Map, CheckoutEndpoints.Writer(embeds, snapshot, catalogue.Libraries));
    }
}
