using System.Text.Json;
using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Libraries;
using Gateway.Simulators.Koha.Patrons;

namespace Gateway.Simulators.Koha.Representations;

/// <summary>
/// x-koha-embed on the item routes: the relations written after an item's own fields. checkout (without the patron
/// unless checkout.patron is asked for, which is served as Koha would and counted), _status, transfer, first_hold,
/// home_library, holding_library, biblio, item_type, +strings; the other names of the enum get Koha's empty value.
/// </summary>
internal static class ItemEmbeds
{
    /// <summary>The enum of GET /biblios/{biblio_id}/items (paths/biblios.yaml).</summary>
    public static readonly IReadOnlySet<string> BiblioItems = new HashSet<string>(StringComparer.Ordinal)
    {
        "+strings", "_status", "home_library", "holding_library", "biblio.title", "checkout", "checkout.patron", "transfer",
        "transfer+strings", "first_hold", "first_hold+strings", "first_hold.patron", "first_hold.desk", "recall", "recall+strings",
        "recall.patron", "item_type", "in_bundle", "bundle_host", "bundle_host.biblio", "bundle_items_lost+count",
        "bundle_items_not_lost+count", "course_item.course_reserves.course", "analytics_count", "cover_image_ids",
        "item_group_item.item_group.description", "serial_item.serial", "return_claims", "effective_bookable",
    };

    /// <summary>
    /// GET /items and /items/{item_id}: Koha's enum (+strings, active_display, biblio, effective_bookable) plus the
    /// availability embeds of /biblios/{id}/items (a simulator leniency, so /items can carry checkout and _status).
    /// </summary>
    public static readonly IReadOnlySet<string> Items = new HashSet<string>(BiblioItems.Concat(["active_display", "biblio"]), StringComparer.Ordinal);

    public static Action<Utf8JsonWriter, SimItem>? Writer(IReadOnlySet<string> embeds, CatalogueSnapshot snapshot, IReadOnlyList<LibraryInfo> libraries)
    {
        if (embeds.Count == 0)
        {
            return null;
        }

        return (writer, item) =>
        {
            var biblio = snapshot.Find(item.BiblioId);
            var firstHold = ItemStatus.FirstHold(item, biblio);
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var embed in embeds.Order(StringComparer.Ordinal))
            {
                // Variants of one relation (transfer, transfer+strings...) write it once.
                if (!written.Add(Property(embed)))
                {
                    continue;
                }

                switch (embed)
                {
                    case "_status":
                        writer.WriteStartArray("_status");
                        foreach (var status in ItemStatus.Of(item, firstHold))
                        {
                            writer.WriteStringValue(status);
                        }

                        writer.WriteEndArray();
                        break;
                    case "checkout" or "checkout.patron":
                        writer.WritePropertyName("checkout");
                        WriteOrNull(writer, item.Checkout, CheckoutFields.Map, embeds.Contains("checkout.patron") ? (w, c) => Patron(w, c.PatronId) : null);
                        break;
                    case "transfer" or "transfer+strings":
                        writer.WritePropertyName("transfer");
                        WriteOrNull(writer, item.Transfer, TransferFields.Map);
                        break;
                    case "first_hold" or "first_hold+strings" or "first_hold.patron" or "first_hold.desk":
                        writer.WritePropertyName("first_hold");
                        WriteOrNull(writer, firstHold, HoldFields.Map, embeds.Contains("first_hold.patron") ? (w, h) => Patron(w, h.PatronId) : null);
                        break;
                    case "home_library" or "holding_library":
                        var code = embed == "home_library" ? item.HomeLibraryId : item.HoldingLibraryId;
                        writer.WritePropertyName(embed);
                        WriteOrNull(writer, libraries.FirstOrDefault(l => l.Code == code), LibraryFields.Map);
                        break;
                    case "biblio" or "biblio.title":
                        writer.WritePropertyName("biblio");
                        WriteOrNull(writer, biblio, BiblioFields.Map);
                        break;
                    case "item_type":
                        writer.WriteStartObject("item_type");
                        writer.WriteString("item_type_id", item.ItemTypeId);
                        writer.WriteString("description", item.ItemTypeId);
                        writer.WriteEndObject();
                        break;
                    case "+strings":
                        ItemStrings.Write(writer, item, libraries);
                        break;
                    case "recall" or "recall+strings" or "recall.patron":
                        writer.WriteNull("recall");
                        break;
                    case "in_bundle":
                        writer.WriteBoolean("in_bundle", false);
                        break;
                    case "bundle_host" or "bundle_host.biblio":
                        writer.WriteNull("bundle_host");
                        break;
                    case "bundle_items_lost+count" or "bundle_items_not_lost+count":
                        writer.WriteNumber(embed.Replace("+count", "_count", StringComparison.Ordinal), 0);
                        break;
                    case "analytics_count":
                        writer.WriteNumber("analytics_count", 0);
                        break;
                    case "cover_image_ids" or "return_claims":
                        writer.WriteStartArray(embed);
                        writer.WriteEndArray();
                        break;
                    case "effective_bookable":
                        writer.WriteBoolean("effective_bookable", false);
                        break;
                    case "course_item.course_reserves.course":
                        writer.WriteNull("course_item");
                        break;
                    case "item_group_item.item_group.description":
                        writer.WriteNull("item_group_item");
                        break;
                    case "serial_item.serial":
                        writer.WriteNull("serial_item");
                        break;
                    default: // active_display and anything else of the enum: nothing to add
                        break;
                }
            }
        };
    }

    /// <summary>The property an embed writes: its relation name, without "+strings", "+count" or a nested path.</summary>
    private static string Property(string embed)
    {
        var end = embed.IndexOfAny(['.', '+'], 1);
        var name = end < 0 ? embed : embed[..end];
        return embed.EndsWith("+count", StringComparison.Ordinal) ? name + "_count" : name == "+strings" || embed == "+strings" ? "_strings" : name;
    }

    /// <summary>A fake patron object (recognisable marker data) for a patron embed.</summary>
    public static void Patron(Utf8JsonWriter writer, int patronId)
    {
        writer.WritePropertyName("patron");
        JsonRepresentation.Write(writer, FakePatrons.For(patronId), FakePatrons.Map);
    }

    private static void WriteOrNull<T>(Utf8JsonWriter writer, T? value, Query.FieldMap<T> map, Action<Utf8JsonWriter, T>? extra = null)
        where T : class
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        JsonRepresentation.Write(writer, value, map, extra);
    }
}
