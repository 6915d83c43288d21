using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Koha.Http;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Query;
using Gateway.Simulators.Koha.Representations;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>GET /items (e.g. q={"timestamp":{">":...}} for item changes) and /items/{item_id} (paths/items.yaml).</summary>
internal static class ItemEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/items", ListAsync);
        api.MapGet("/items/{item_id}", Get);
    }

    private static async Task<IResult> ListAsync(HttpContext context, SystemCatalogue catalogue, IOptions<KohaSimulatorOptions> options)
    {
        if (Negotiation.Choose(context.Request, marcAllowed: false) is null)
        {
            return KohaErrors.NotAcceptable(["application/json"]);
        }

        var items = catalogue.Current.Items.ToList();
        var page = await ListQuery.RunAsync(context, items, ItemFields.Map, options.Value);
        return KohaResults.Json(page, ItemFields.Map);
    }

    private static IResult Get(string item_id, SystemCatalogue catalogue)
    {
        var id = KohaResults.PathId(item_id, "item_id");
        return catalogue.Current.FindItem(id) is { } item ? KohaResults.Json(item, ItemFields.Map) : KohaErrors.NotFound("Item");
    }
}
