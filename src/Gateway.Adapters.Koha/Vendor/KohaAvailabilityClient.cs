using System.Globalization;
using System.Net;
using Gateway.Systems;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>
/// The reads behind live availability: a record's items with their current transfer
/// (<c>GET /api/v1/biblios/{id}/items</c>, <c>x-koha-embed: transfer</c>, one call per record), or the items of many
/// records at once without it (<c>GET /api/v1/items?q={"biblio_id":{"-in":[…]}}</c>). No patron route or embed.
/// </summary>
internal sealed class KohaAvailabilityClient(KohaApiClient api)
{
    /// <summary>Items per page asked of Koha; a record or batch with more is read page by page.</summary>
    public const int PageSize = 1000;

    /// <summary>The record's items with the transfer embed, or null when Koha does not know the record (404).</summary>
    public async Task<IReadOnlyList<KohaItem>?> ListRecordItemsAsync(RegionalSystem system, long biblioId, CancellationToken ct)
    {
        var items = new List<KohaItem>();
        for (var page = 1; ; page++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"api/v1/biblios/{biblioId}/items?_page={page}&_per_page={PageSize}&_order_by=%2Bitem_id");
            List<KohaItem>? read;
            try
            {
                read = await api.ReadJsonAsync<List<KohaItem>>(system, path, ct, embed: "transfer");
            }
            catch (KohaApiException e) when (e.Status == HttpStatusCode.NotFound)
            {
                return null;
            }

            items.AddRange(read ?? []);
            if (read is null || read.Count < PageSize)
            {
                return items;
            }
        }
    }

    /// <summary>These items, where they still exist: <c>GET /api/v1/items?q={"item_id":{"-in":[…]}}</c>.</summary>
    public async Task<IReadOnlyList<KohaItem>> ListItemsAsync(RegionalSystem system, IReadOnlyCollection<long> itemIds, CancellationToken ct)
    {
        var q = Uri.EscapeDataString(System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["item_id"] = new Dictionary<string, long[]> { ["-in"] = [.. itemIds] } }));
        var path = string.Create(CultureInfo.InvariantCulture, $"api/v1/items?_per_page={Math.Max(itemIds.Count, 1)}&q={q}");
        return await api.ReadJsonAsync<List<KohaItem>>(system, path, ct) ?? [];
    }

    /// <summary>The items of several records in one call per <see cref="PageSize"/> items (no transfer: <c>/items</c> cannot embed it).</summary>
    public async Task<IReadOnlyList<KohaItem>> ListItemsOfRecordsAsync(RegionalSystem system, IReadOnlyCollection<long> biblioIds, CancellationToken ct)
    {
        var q = Uri.EscapeDataString(KohaQuery.BiblioIdIn(biblioIds));
        var items = new List<KohaItem>();
        for (var page = 1; ; page++)
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"api/v1/items?_page={page}&_per_page={PageSize}&_order_by=%2Bitem_id&q={q}");
            var read = await api.ReadJsonAsync<List<KohaItem>>(system, path, ct) ?? [];
            items.AddRange(read);
            if (read.Count < PageSize)
            {
                return items;
            }
        }
    }
}
