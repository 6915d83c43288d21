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
/// GET /checkouts and /checkouts/{checkout_id} (paths/checkouts.yaml): current loans, or returned ones with
/// checked_in=true. The patron_id is there as Koha has it; patron and issuer embeds are served (fake data) and
/// counted as patron data requests.
/// </summary>
internal static class CheckoutEndpoints
{
    public static readonly IReadOnlySet<string> ListEmbeds = new HashSet<string>(StringComparer.Ordinal)
    {
        "booking", "issuer", "item", "item.biblio", "item.biblioitem", "item.home_library", "item.holding_library", "library",
        "patron", "patron.library", "patron.category", "patron.extended_attributes", "renewals", "account_lines",
    };

    public static readonly IReadOnlySet<string> BiblioCheckoutEmbeds = new HashSet<string>(StringComparer.Ordinal) { "issuer", "item", "patron", "library" };

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/checkouts", ListAsync);
        api.MapGet("/checkouts/{checkout_id}", Get);
    }

    /// <summary>Current loans, or returned ones when checked_in=true.</summary>
    public static IReadOnlyList<SimCheckout> Source(HttpContext context, CatalogueSnapshot snapshot) =>
        AttributeParameters.Flag(context.Request, "checked_in") ? snapshot.ReturnedCheckouts : snapshot.Checkouts;

    public static Action<Utf8JsonWriter, SimCheckout>? Writer(IReadOnlySet<string> embeds, CatalogueSnapshot snapshot, IReadOnlyList<LibraryInfo> libraries)
    {
        if (embeds.Count == 0)
        {
            return null;
        }

        var itemEmbeds = embeds.Where(e => e.StartsWith("item.", StringComparison.Ordinal))
            .Select(e => e["item.".Length..] switch { "biblioitem" => "biblio", var rest => rest }).ToHashSet(StringComparer.Ordinal);
        var itemWriter = ItemEmbeds.Writer(itemEmbeds, snapshot, libraries);
        return (writer, checkout) =>
        {
            if (embeds.Contains("item") || itemEmbeds.Count > 0)
            {
                writer.WritePropertyName("item");
                if (snapshot.FindItem(checkout.ItemId) is { } item)
                {
                    JsonRepresentation.Write(writer, item, ItemFields.Map, itemWriter);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            if (embeds.Contains("library"))
            {
                writer.WritePropertyName("library");
                if (libraries.FirstOrDefault(l => l.Code == checkout.LibraryId) is { } library)
                {
                    JsonRepresentation.Write(writer, library, LibraryFields.Map);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            if (embeds.Any(e => e.StartsWith("patron", StringComparison.Ordinal)))
            {
                ItemEmbeds.Patron(writer, checkout.PatronId);
            }

            if (embeds.Contains("issuer"))
            {
                writer.WriteNull("issuer");
            }

            if (embeds.Contains("booking"))
            {
                writer.WriteNull("booking");
            }

            if (embeds.Contains("account_lines"))
            {
                writer.WriteStartArray("account_lines");
                writer.WriteEndArray();
            }

            if (embeds.Contains("renewals"))
            {
                writer.WriteStartArray("renewals");
                writer.WriteEndArray();
            }
        };
    }

    private static async Task<IResult> ListAsync(HttpContext context, SystemCatalogue catalogue, IOptions<KohaSimulatorOptions> options)
    {
        if (Negotiation.Choose(context.Request, marcAllowed: false) is null)
        {
            return KohaErrors.NotAcceptable(["application/json"]);
        }

        var embeds = EmbedHeader.Parse(context.Request, ListEmbeds);
        var snapshot = catalogue.Current;
        var source = AttributeParameters.Filter(Source(context, snapshot), context.Request, CheckoutFields.Map, ["patron_id"]).ToList();
        var page = await ListQuery.RunAsync(context, source, CheckoutFields.Map, options.Value, keyset: null, ["checked_in", "patron_id"]);
        return KohaResults.Json(page, CheckoutFields.Map, Writer(embeds, snapshot, catalogue.Libraries));
    }

    private static IResult Get(HttpContext context, string checkout_id, SystemCatalogue catalogue)
    {
        var id = KohaResults.PathId(checkout_id, "checkout_id");
        var embeds = EmbedHeader.Parse(context.Request, ListEmbeds);
        var snapshot = catalogue.Current;
        return snapshot.FindCheckout(id) is { } checkout
            ? KohaResults.Json(checkout, CheckoutFields.Map, Writer(embeds, snapshot, catalogue.Libraries))
            : KohaErrors.NotFound("Checkout");
    }
}
