using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Systems;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>The calls the adapter makes to Koha's REST API v1. Never calls patron routes or patron embeds.</summary>
internal sealed class KohaApiClient(IHttpClientFactory httpClients, KohaTokenProvider tokens)
{
    public const string HttpClientName = "koha-api";
    public const string MarcXmlMediaType = "application/marcxml+xml";
    private const int MaxErrorLength = 300;

    /// <summary>Biblios changed after a position, oldest first: <c>GET /api/v1/biblios</c> (JSON).</summary>
    public Task<IReadOnlyList<KohaBiblioKey>> ListChangedAsync(
        RegionalSystem system, HarvestPosition? after, DateTimeOffset upTo, int pageSize, CancellationToken ct) =>
        ListKeysAsync(system, "api/v1/biblios", after, upTo, pageSize, ct);

    /// <summary>Biblios deleted after a position, oldest first: <c>GET /api/v1/deleted/biblios</c> (JSON).</summary>
    public Task<IReadOnlyList<KohaBiblioKey>> ListDeletedAsync(
        RegionalSystem system, HarvestPosition? after, DateTimeOffset upTo, int pageSize, CancellationToken ct) =>
        ListKeysAsync(system, "api/v1/deleted/biblios", after, upTo, pageSize, ct);

    /// <summary>Items changed after a position, oldest first: <c>GET /api/v1/items</c> (JSON, no embeds).</summary>
    public async Task<IReadOnlyList<KohaItem>> ListItemsChangedAsync(
        RegionalSystem system, HarvestPosition? after, DateTimeOffset upTo, int pageSize, CancellationToken ct)
    {
        var q = Uri.EscapeDataString(KohaQuery.ChangedAfter(after, upTo, "item_id"));
        var path = $"api/v1/items?_page=1&_per_page={pageSize}&_order_by=%2Btimestamp,%2Bitem_id&q={q}";
        return await ReadJsonAsync<List<KohaItem>>(system, path, ct) ?? [];
    }

    /// <summary>
    /// Holds that have caught one of these items (waiting on the hold shelf or in transit to the pickup library):
    /// <c>GET /api/v1/holds?q={"item_id":{"-in":[…]},"status":{"-in":["W","T"]}}</c>.
    /// </summary>
    public async Task<IReadOnlyList<KohaShelvedHold>> ListShelvedHoldsAsync(RegionalSystem system, IReadOnlyCollection<long> itemIds, CancellationToken ct)
    {
        var q = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["item_id"] = new Dictionary<string, long[]> { ["-in"] = [.. itemIds] },
            ["status"] = new Dictionary<string, string[]> { ["-in"] = ["W", "T"] },
        });
        var path = $"api/v1/holds?_per_page={Math.Max(itemIds.Count, 1)}&q={Uri.EscapeDataString(q)}";
        return await ReadJsonAsync<List<KohaShelvedHold>>(system, path, ct) ?? [];
    }

    /// <summary>The MARCXML collection of the given biblios: <c>GET /api/v1/biblios?q={"biblio_id":{"-in":[…]}}</c>.</summary>
    public async Task<byte[]> GetMarcXmlAsync(RegionalSystem system, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var path = $"api/v1/biblios?_per_page={ids.Count}&q={Uri.EscapeDataString(KohaQuery.BiblioIdIn(ids))}";
        using var response = await SendAsync(system, path, MarcXmlMediaType, ct);
        return await response.Content.ReadAsByteArrayAsync(ct);
    }

    /// <summary>One biblio as MARCXML: <c>GET /api/v1/biblios/{id}</c>.</summary>
    public async Task<byte[]> GetMarcXmlAsync(RegionalSystem system, long id, CancellationToken ct)
    {
        using var response = await SendAsync(system, $"api/v1/biblios/{id}", MarcXmlMediaType, ct);
        return await response.Content.ReadAsByteArrayAsync(ct);
    }

    private async Task<IReadOnlyList<KohaBiblioKey>> ListKeysAsync(
        RegionalSystem system, string route, HarvestPosition? after, DateTimeOffset upTo, int pageSize, CancellationToken ct)
    {
        var q = Uri.EscapeDataString(KohaQuery.ChangedAfter(after, upTo));
        var path = $"{route}?_page=1&_per_page={pageSize}&_order_by=%2Btimestamp,%2Bbiblio_id&q={q}";
        return await ReadJsonAsync<List<KohaBiblioKey>>(system, path, ct) ?? [];
    }

    /// <summary>GET a JSON body (optionally with <c>x-koha-embed</c>); a body that cannot be read is a <see cref="KohaApiException"/>.</summary>
    internal async Task<T?> ReadJsonAsync<T>(RegionalSystem system, string path, CancellationToken ct, string? embed = null)
    {
        using var response = await SendAsync(system, path, "application/json", ct, embed);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(ct);
        }
        catch (JsonException e)
        {
            throw new KohaApiException($"{system.Id} answered GET /{path.Split('?')[0]} with JSON that could not be read: {e.Message}", null, e);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(RegionalSystem system, string path, string accept, CancellationToken ct, string? embed = null)
    {
        var client = httpClients.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(system.BaseUrl, path));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
            if (embed is not null)
            {
                request.Headers.Add("x-koha-embed", embed);
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(system, ct));
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 1)
                {
                    tokens.Invalidate(system.Id); // expired or revoked mid-harvest: one fresh token, one more try
                    continue;
                }

                throw await ErrorFromAsync(response, $"{system.Id} answered GET /{path.Split('?')[0]}", ct);
            }
        }
    }

    /// <summary>Builds an exception from Koha's error body (<c>{"error": "...", "error_code": "..."}</c>), shortened.</summary>
    internal static async Task<KohaApiException> ErrorFromAsync(HttpResponseMessage response, string what, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        var reason = body.Length > MaxErrorLength ? body[..MaxErrorLength] + "…" : body;
        return new KohaApiException($"{what} with {(int)response.StatusCode} {response.StatusCode}: {reason}", response.StatusCode);
    }
}
