using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gateway.Adapters.Koha.Vendor;

namespace Gateway.Adapters.Koha.Benchmarks;

/// <summary>
/// (a) "Simulator alone": a plain HttpClient requesting exactly the pages the adapter requests — a token once, then
/// for each page the JSON keyset page (same q, same order) and the MARCXML <c>biblio_id -in</c> page — reading the
/// bodies and nothing more (the JSON keys are read only to build the next URLs, as the adapter must); one request at
/// a time, or (<c>--pipelined-baseline</c>) with the fetches overlapping as the adapter's read-ahead has them.
/// </summary>
internal static class SimulatorAlone
{
    /// <param name="fetchesAhead">
    /// 0: one request at a time (list, fetch, list, …), the baseline since issue 5 began. N &gt; 0: as the adapter's
    /// read-ahead asks (decision 0031's update): each page's MARCXML fetch starts as soon as its keys are listed, beside
    /// the next list, with at most N + 1 fetches out at once.
    /// </param>
    public static async Task<int> WalkAsync(SimulatorProcess simulator, int pageSize, DateTimeOffset upTo, int fetchesAhead = 0)
    {
        using var client = new HttpClient { BaseAddress = simulator.BaseUrl };
        var token = await simulator.TokenAsync(client);
        var count = 0;
        var fetches = new Queue<Task>();
        HarvestPosition? after = null;
        while (true)
        {
            var q = Uri.EscapeDataString(KohaQuery.ChangedAfter(after, upTo));
            List<KohaBiblioKey> keys;
            using (var response = await SendAsync(client, token, $"api/v1/biblios?_page=1&_per_page={pageSize}&_order_by=%2Btimestamp,%2Bbiblio_id&q={q}", "application/json"))
            {
                keys = await response.Content.ReadFromJsonAsync<List<KohaBiblioKey>>() ?? [];
            }

            if (keys.Count == 0)
            {
                await Task.WhenAll(fetches);
                return count;
            }

            var ids = keys.Select(k => k.BiblioId).ToArray();
            while (fetches.Count > fetchesAhead)
            {
                await fetches.Dequeue();
            }

            fetches.Enqueue(FetchAsync(client, token, ids));
            count += keys.Count;
            var last = keys[^1];
            after = new HarvestPosition(last.Timestamp.ToUniversalTime(), last.BiblioId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (fetchesAhead == 0)
            {
                await fetches.Dequeue();
            }
        }
    }

    private static async Task FetchAsync(HttpClient client, string token, long[] ids)
    {
        using var response = await SendAsync(client, token, $"api/v1/biblios?_per_page={ids.Length}&q={Uri.EscapeDataString(KohaQuery.BiblioIdIn(ids))}", KohaApiClient.MarcXmlMediaType);
        _ = await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string token, string path, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        response.EnsureSuccessStatusCode();
        return response;
    }
}
