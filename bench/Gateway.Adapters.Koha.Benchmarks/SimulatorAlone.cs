using System.Net.Http.Headers;
using System.Net.Http.Json;
using Gateway.Adapters.Koha.Vendor;

namespace Gateway.Adapters.Koha.Benchmarks;

/// <summary>
/// (a) "Simulator alone": a plain HttpClient requesting exactly the pages the adapter requests — a token once, then
/// for each page the JSON keyset page (same q, same order) and the MARCXML <c>biblio_id -in</c> page — reading the
/// bodies and nothing more (the JSON keys are read only to build the next URLs, as the adapter must).
/// </summary>
internal static class SimulatorAlone
{
    public static async Task<int> WalkAsync(SimulatorProcess simulator, int pageSize, DateTimeOffset upTo)
    {
        using var client = new HttpClient { BaseAddress = simulator.BaseUrl };
        var token = await simulator.TokenAsync(client);
        var count = 0;
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
                return count;
            }

            var ids = keys.Select(k => k.BiblioId).ToArray();
            using (var response = await SendAsync(client, token, $"api/v1/biblios?_per_page={ids.Length}&q={Uri.EscapeDataString(KohaQuery.BiblioIdIn(ids))}", KohaApiClient.MarcXmlMediaType))
            {
                _ = await response.Content.ReadAsByteArrayAsync();
            }

            count += keys.Count;
            var last = keys[^1];
            after = new HarvestPosition(last.Timestamp.ToUniversalTime(), last.BiblioId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
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
