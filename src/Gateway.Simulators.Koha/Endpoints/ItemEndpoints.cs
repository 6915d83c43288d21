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

        var embeds = EmbedHeader.Parse(context.Request, ItemEmbeds.Items);
        var snapshot = catalogue.Current;
        var keyset = new KeysetSource<SimItem>(snapshot.Items, snapshot.ItemsByTimestamp,
            id => id is > 0 and <= int.MaxValue ? snapshot.FindItem((int)id) : null, i => i.Timestamp, i => i.ItemId);
        var source = snapshot.Items;
        if (context.Request.Query["external_id"].Count > 0)
        {
            source = [.. AttributeParameters.Filter(source, context.Request, ItemFields.Map, ["external_id"])];
            keyset = null;
        }

        var page = await ListQuery.RunAsync(context, source, ItemFields.Map, options.Value, keyset, ["external_id"]);
        return KohaResults.Json(page, ItemFields.Map, ItemEmbeds.Writer(embeds, snapshot, catalogue.Libraries));
    }

    private static IResult Get(HttpContext context, string item_id, SystemCatalogue catalogue)
    {
        var id = KohaResults.PathId(item_id, "item_id");
        var embeds = EmbedHeader.Parse(context.Request, ItemEmbeds.Items);
        var snapshot = catalogue.Current;
        return snapshot.FindItem(id) is { } item
            ? KohaResults.Json(item, ItemFields.Map, ItemEmbeds.Writer(embeds, snapshot, catalogue.Libraries))
            : KohaErrors.NotFound("Item");
    }
}
