using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Systems;

namespace Gateway.Adapters.Koha.Vendor;

/// <summary>
/// The calls the adapter makes to Koha's REST API v1. Never calls patron routes or patron embeds.
/// Two instances: the harvest's (<paramref name="live"/> false: the <c>koha-api</c> client's standard pipeline retries
/// transient failures) and live availability's (keyed <see cref="Live"/>: its requests carry <see cref="LiveRequest"/>,
/// so a Koha 5xx reaches the caller at once instead of after back-offs that outlast its budget; see
/// <see cref="KohaLiveRequestPolicy"/>).
/// </summary>
/// <param name="httpClients">Creates the <c>koha-api</c> client.</param>
/// <param name="tokens">OAuth2 tokens per system.</param>
/// <param name="live">True marks every request of this instance with <see cref="LiveRequest"/>.</param>
internal sealed class KohaApiClient(IHttpClientFactory httpClients, KohaTokenProvider tokens, bool live)
{
    public const string HttpClientName = "koha-api";

    /// <summary>Service key of the instance live availability uses (no retries).</summary>
    public const string Live = "koha-live";

    /// <summary>
    /// Set on live availability's requests: the <c>koha-api</c> pipeline neither retries them nor counts them in its
    /// circuit breaker (<see cref="KohaLiveRequestPolicy"/>).
    /// </summary>
    public static readonly HttpRequestOptionsKey<bool> LiveRequest = new("koha.live-request");

    public const string MarcXmlMediaType = "application/marcxml+xml";
    private const int MaxErrorLength = 300;

    /// <summary>Biblios changed after a position, oldest first: <c>GET /api/v1/biblios</c> (JSON).</summary>
    public Task<IReadOnlyList<KohaBiblioKey>> ListChangedAsync(
        RegionalSystem system, HarvestPosition? after, DateTimeOffset upTo, int pageSize, CancellationToken ct) =>
        ListKeysAsync(system, "api/v1/biblios", after, upTo, pageSize, ct);

    /// <summary>How many biblios Koha reports (<c>X-Total-Count</c> of a one-record page of <c>GET /api/v1/biblios</c>); null when it does not say.</summary>
    public async Task<long?> CountBibliosAsync(RegionalSystem system, CancellationToken ct)
    {
        using var response = await SendAsync(system, "api/v1/biblios?_page=1&_per_page=1", "application/json", ct);
        return response.Headers.TryGetValues("X-Total-Count", out var values)
            && long.TryParse(values.FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count)
            ? count
            : null;
    }

    /// <summary>
    /// Biblios with an id above <paramref name="afterId"/>, in id order (<c>q={"biblio_id":{"&gt;":…}}</c>): a walk by id
    /// sees every record once even while records change, which a walk by timestamp does not.
    /// </summary>
    public async Task<IReadOnlyList<KohaBiblioKey>> ListByIdAsync(RegionalSystem system, long afterId, int pageSize, CancellationToken ct)
    {
        var q = Uri.EscapeDataString("{\"biblio_id\":{\">\":" + afterId.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}");
        var path = $"api/v1/biblios?_page=1&_per_page={pageSize}&_order_by=%2Bbiblio_id&q={q}";
        return await ReadKeysAsync(system, path, ct);
    }

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

    /// <summary>
    /// The holds of the given records that have caught an item (waiting on the hold shelf, in transit to the pickup
    /// library): <c>GET /api/v1/holds?q={"biblio_id":{"-in":[…]},"status":{"-in":["W","T"]}}</c>, at most
    /// <paramref name="limit"/> of them. Patron fields are never used.
    /// </summary>
    public async Task<IReadOnlyList<KohaShelvedHold>> ListShelvedHoldsOfRecordsAsync(
        RegionalSystem system, IReadOnlyCollection<long> biblioIds, int limit, CancellationToken ct)
    {
        var q = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["biblio_id"] = new Dictionary<string, long[]> { ["-in"] = [.. biblioIds] },
            ["status"] = new Dictionary<string, string[]> { ["-in"] = ["W", "T"] },
        });
        var path = $"api/v1/holds?_per_page={limit}&q={Uri.EscapeDataString(q)}";
        return await ReadJsonAsync<List<KohaShelvedHold>>(system, path, ct) ?? [];
    }

    /// <summary>The MARCXML collection of the given biblios: <c>GET /api/v1/biblios?q={"biblio_id":{"-in":[…]}}</c>.</summary>
    public async Task<byte[]> GetMarcXmlAsync(RegionalSystem system, IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        var path = $"api/v1/biblios?_per_page={ids.Count}&q={Uri.EscapeDataString(KohaQuery.BiblioIdIn(ids))}";
        using var response = await SendAsync(system, path, MarcXmlMediaType, ct);
        return await response.Content.ReadAsByteArrayAsync(ct);
    }

    /// <summary>
    /// Reads the MARCXML collection of the given biblios with <paramref name="read"/>: the same call as
    /// <see cref="GetMarcXmlAsync(RegionalSystem, IReadOnlyCollection{long}, CancellationToken)"/>, with the body read
    /// into a pooled buffer (<see cref="PooledBody"/>) instead of a new array a page; <paramref name="read"/> gets its
    /// bytes, valid only during the call.
    /// </summary>
    public async Task<T> ReadMarcXmlAsync<T>(RegionalSystem system, IReadOnlyCollection<long> ids, Func<ReadOnlyMemory<byte>, T> read, CancellationToken ct)
    {
        var path = $"api/v1/biblios?_per_page={ids.Count}&q={Uri.EscapeDataString(KohaQuery.BiblioIdIn(ids))}";
        using var response = await SendAsync(system, path, MarcXmlMediaType, HttpCompletionOption.ResponseHeadersRead, ct);
        using var body = await ReadBodyAsync(system, path, response, ct);
        return read(body.Memory);
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
        return await ReadKeysAsync(system, path, ct);
    }

    /// <summary>
    /// GETs a JSON page of biblio objects into a pooled buffer and reads only their keys (<see cref="KohaKeyPage"/>,
    /// decision 0031); a body that cannot be read is a <see cref="KohaApiException"/>, as for <see cref="ReadJsonAsync"/>.
    /// </summary>
    private async Task<IReadOnlyList<KohaBiblioKey>> ReadKeysAsync(RegionalSystem system, string path, CancellationToken ct)
    {
        using var response = await SendAsync(system, path, "application/json", HttpCompletionOption.ResponseHeadersRead, ct);
        using var body = await ReadBodyAsync(system, path, response, ct);
        try
        {
            return KohaKeyPage.Read(body.Memory.Span);
        }
        catch (JsonException e)
        {
            throw new KohaApiException($"{system.Id} answered GET /{path.Split('?')[0]} with JSON that could not be read: {e.Message}", null, e);
        }
    }

    /// <summary>
    /// GETs a JSON body (optionally with <c>x-koha-embed</c>) and deserialises it as it arrives (not buffered whole
    /// first: no large array a page); a body that cannot be read is a <see cref="KohaApiException"/>.
    /// </summary>
    internal async Task<T?> ReadJsonAsync<T>(RegionalSystem system, string path, CancellationToken ct, string? embed = null)
    {
        using var response = await SendAsync(system, path, "application/json", HttpCompletionOption.ResponseHeadersRead, ct, embed);
        using var timeout = BodyTimeout(ct);
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(timeout.Token);
        }
        catch (JsonException e)
        {
            throw new KohaApiException($"{system.Id} answered GET /{path.Split('?')[0]} with JSON that could not be read: {e.Message}", null, e);
        }
        catch (IOException e)
        {
            throw BrokenBody(system, path, e);
        }
    }

    private static async Task<PooledBody> ReadBodyAsync(RegionalSystem system, string path, HttpResponseMessage response, CancellationToken ct)
    {
        using var timeout = BodyTimeout(ct);
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            return await PooledBody.ReadAsync(stream, response.Content.Headers.ContentLength, timeout.Token);
        }
        catch (IOException e)
        {
            throw BrokenBody(system, path, e);
        }
    }

    /// <summary>
    /// Bodies read after the headers are outside <c>HttpClient.Timeout</c>; this bounds them the same way (its
    /// default, 100 s), so a body that stalls fails the page instead of holding the harvest.
    /// </summary>
    private static CancellationTokenSource BodyTimeout(CancellationToken ct)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(100));
        return timeout;
    }

    /// <summary>As <c>HttpClient</c> reports a body that breaks off while it buffers it (a dropped connection).</summary>
    private static HttpRequestException BrokenBody(RegionalSystem system, string path, IOException e) =>
        new($"{system.Id} answered GET /{path.Split('?')[0]} with a body that broke off: {e.Message}", e);

    private Task<HttpResponseMessage> SendAsync(RegionalSystem system, string path, string accept, CancellationToken ct) =>
        SendAsync(system, path, accept, HttpCompletionOption.ResponseContentRead, ct);

    private async Task<HttpResponseMessage> SendAsync(
        RegionalSystem system, string path, string accept, HttpCompletionOption completion, CancellationToken ct, string? embed = null)
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

            if (live)
            {
                request.Options.Set(LiveRequest, true);
            }

            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(system, ct));
            var response = await client.SendAsync(request, completion, ct);
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
