using System.Text.Json;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Circulation;
using Gateway.Simulators.Data.Libraries;
using Gateway.Simulators.Koha.Http;
using Gateway.Simulators.Koha.Options;
using Gateway.Simulators.Koha.Query;
using Gateway.Simulators.Koha.Representations;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.Endpoints;

/// <summary>
/// GET /holds (paths/holds.yaml): current holds (queued with a priority, or W/T/P with an item), or filled and
/// cancelled ones with old=true; q= on any attribute (timestamp for changes) and the per-attribute parameters.
/// </summary>
internal static class HoldEndpoints
{
    public static readonly IReadOnlySet<string> Embeds = new HashSet<string>(StringComparer.Ordinal)
    {
        "+strings", "cancellation_requested", "biblio", "deleted_biblio", "pickup_library", "item", "patron", "item_group",
        "item_level_holds_count", "iso18626_request",
    };

    private static readonly string[] AttributeParameterNames =
    [
        "hold_id", "patron_id", "hold_date", "biblio_id", "item_group_id", "pickup_library_id", "cancellation_date", "notes", "priority",
        "status", "timestamp", "item_id", "waiting_date", "expiration_date", "lowest_priority", "suspended", "suspended_until", "non_priority",
    ];

    public static void Map(RouteGroupBuilder api) => api.MapGet("/holds", ListAsync);

    private static async Task<IResult> ListAsync(HttpContext context, SystemCatalogue catalogue, IOptions<KohaSimulatorOptions> options)
    {
        if (Negotiation.Choose(context.Request, marcAllowed: false) is null)
        {
            return KohaErrors.NotAcceptable(["application/json"]);
        }

        var embeds = EmbedHeader.Parse(context.Request, Embeds);
        var snapshot = catalogue.Current;
        var holds = AttributeParameters.Flag(context.Request, "old") ? snapshot.OldHolds : snapshot.Holds;
        var source = AttributeParameters.Filter(holds, context.Request, HoldFields.Map, AttributeParameterNames).ToList();
        var page = await ListQuery.RunAsync(context, source, HoldFields.Map, options.Value, keyset: null, [.. AttributeParameterNames, "old"]);
        return KohaResults.Json(page, HoldFields.Map, Writer(embeds, snapshot, catalogue.Libraries));
    }

    private static Action<Utf8JsonWriter, SimHold>? Writer(IReadOnlySet<string> embeds, CatalogueSnapshot snapshot, IReadOnlyList<LibraryInfo> libraries)
    {
        if (embeds.Count == 0)
        {
            return null;
        }

        return (writer, hold) =>
        {
            if (embeds.Contains("biblio"))
            {
                writer.WritePropertyName("biblio");
                Nullable(writer, snapshot.Find(hold.BiblioId), BiblioFields.Map);
            }

            if (embeds.Contains("item"))
            {
                writer.WritePropertyName("item");
                Nullable(writer, hold.ItemId is { } itemId ? snapshot.FindItem(itemId) : null, ItemFields.Map);
            }

            if (embeds.Contains("pickup_library"))
            {
                writer.WritePropertyName("pickup_library");
                Nullable(writer, libraries.FirstOrDefault(l => l.Code == hold.PickupLibraryId), LibraryFields.Map);
            }

            if (embeds.Contains("patron"))
            {
                ItemEmbeds.Patron(writer, hold.PatronId);
            }

            if (embeds.Contains("cancellation_requested"))
            {
                writer.WriteBoolean("cancellation_requested", false);
            }

            if (embeds.Contains("deleted_biblio"))
            {
                writer.WriteNull("deleted_biblio");
            }

            if (embeds.Contains("item_group"))
            {
                writer.WriteNull("item_group");
            }
        };
    }

    private static void Nullable<T>(Utf8JsonWriter writer, T? value, FieldMap<T> map)
        where T : class
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            JsonRepresentation.Write(writer, value, map);
        }
    }
}
