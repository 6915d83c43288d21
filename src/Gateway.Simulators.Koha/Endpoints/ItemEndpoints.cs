using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Koha.Http;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Query;
using Gateway.Simulators.Koha.Representations;
using Gateway.Simulators.Koha.State;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>
/// GET /items (e.g. q={"timestamp":{">":...}} for item changes), GET /items/{item_id} and DELETE /items/{item_id}
/// (paths/items.yaml). A deletion keeps the item as a deleted item and never touches the record's timestamp; like
/// Koha's safe_to_delete it is refused (409) for an item on loan or caught by a hold.
/// </summary>
internal static class ItemEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/items", ListAsync);
        api.MapGet("/items/{item_id}", Get);
        api.MapDelete("/items/{item_id}", Delete);
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

    private static IResult Delete(string item_id, SystemCatalogue catalogue, ChangeRunner runner, TimeProvider time)
    {
        var id = KohaResults.PathId(item_id, "item_id");
        var snapshot = catalogue.Current;
        if (snapshot.FindItem(id) is not { } item)
        {
            return KohaErrors.NotFound("Item");
        }

        if (item.Checkout is not null || item.CheckedOutDate is not null)
        {
            return KohaErrors.Error(StatusCodes.Status409Conflict, "The item is checked out", "book_on_loan");
        }

        if (snapshot.Find(item.BiblioId)?.Holds.Any(h => h.ItemId == id && h.Status is "W" or "T" or "P") == true)
        {
            return KohaErrors.Error(StatusCodes.Status409Conflict, "Waiting or in-transit hold for the item", "book_reserved");
        }

        return runner.DeleteItem(id, time.GetUtcNow()) is null ? KohaErrors.NotFound("Item") : TypedResults.NoContent();
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
