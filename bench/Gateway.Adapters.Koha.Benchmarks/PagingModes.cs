using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Gateway.Adapters.Koha.Benchmarks;

/// <summary>
/// <c>paging</c> mode: how fast the simulator alone serves a full load by its different paging strategies, 1000
/// records a page as MARCXML (moved here from the simulator's tests, where it was a test skipped unless
/// KOHA_SIM_BENCH=1). Offset pages, keyset pages, adapter-style pages (JSON keys + MARCXML <c>-in</c>) and a few pages
/// of the general (scan + sort) path for comparison.
/// </summary>
internal static partial class PagingModes
{
    private const string MarcXml = "application/marcxml+xml";
    private const string UpToJson = """{"timestamp":{"<=":"2100-01-01T00:00:00+00:00"}}""";

    [GeneratedRegex("<controlfield tag=\"001\">(\\d+)</controlfield><controlfield tag=\"003\">[^<]*</controlfield><controlfield tag=\"005\">(\\d{14})")]
    private static partial Regex IdAndTimestamp();

    public static async Task RunAsync(SimulatorProcess simulator, int records, int perPage)
    {
        using var client = new HttpClient { BaseAddress = simulator.BaseUrl };
        var token = await simulator.TokenAsync(client);
        var upTo = Uri.EscapeDataString(UpToJson);
        (await PageAsync(client, token, $"api/v1/biblios?_per_page={perPage}&_order_by=%2Btimestamp,%2Bbiblio_id&q={upTo}", MarcXml)).ToString(); // warm-up

        var offset = await TimeAsync(async () =>
        {
            var count = 0;
            for (var page = 1; count < records; page++)
            {
                var body = await PageAsync(client, token, $"api/v1/biblios?_page={page}&_per_page={perPage}&_order_by=%2Btimestamp,%2Bbiblio_id&q={upTo}", MarcXml);
                var n = IdAndTimestamp().Count(body);
                if (n == 0)
                {
                    break;
                }

                count += n;
            }

            return count;
        });
        Report("offset pages (_page=N, q timestamp<=U, +timestamp,+biblio_id), MARCXML", offset, records);

        var keyset = await TimeAsync(async () =>
        {
            var count = 0;
            string? after = null;
            while (true)
            {
                var q = Uri.EscapeDataString(after ?? UpToJson);
                var matches = IdAndTimestamp().Matches(await PageAsync(client, token, $"api/v1/biblios?_page=1&_per_page={perPage}&_order_by=%2Btimestamp,%2Bbiblio_id&q={q}", MarcXml));
                if (matches.Count == 0)
                {
                    return count;
                }

                count += matches.Count;
                var last = matches[^1];
                var ts = DateTimeOffset.ParseExact(last.Groups[2].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                    .ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
                after = After(ts, last.Groups[1].Value);
            }
        });
        Report("keyset pages (the adapter's q), MARCXML", keyset, records);

        var adapterStyle = await TimeAsync(async () =>
        {
            var count = 0;
            string? after = null;
            while (true)
            {
                var q = Uri.EscapeDataString(after ?? UpToJson);
                using var keys = JsonDocument.Parse(await PageAsync(client, token, $"api/v1/biblios?_page=1&_per_page={perPage}&_order_by=%2Btimestamp,%2Bbiblio_id&q={q}", "application/json"));
                var rows = keys.RootElement.EnumerateArray().ToList();
                if (rows.Count == 0)
                {
                    return count;
                }

                var ids = string.Join(",", rows.Select(r => r.GetProperty("biblio_id").GetInt64()));
                var inQuery = Uri.EscapeDataString("{\"biblio_id\":{\"-in\":[" + ids + "]}}");
                count += IdAndTimestamp().Count(await PageAsync(client, token, $"api/v1/biblios?_per_page={rows.Count}&q={inQuery}", MarcXml));
                var last = rows[^1];
                after = After(last.GetProperty("timestamp").GetString()!, last.GetProperty("biblio_id").GetInt64().ToString(CultureInfo.InvariantCulture));
            }
        });
        Report("adapter style (JSON keyset page + MARCXML -in page)", adapterStyle, records);

        // The general path (scan + sort per request): a q the fast path does not recognise.
        const int GeneralPages = 5;
        var slow = Uri.EscapeDataString("""{"timestamp":{"<=":"2100-01-01T00:00:00+00:00"},"biblio_id":{">":0}}""");
        var general = await TimeAsync(async () =>
        {
            var count = 0;
            for (var page = 1; page <= GeneralPages; page++)
            {
                count += IdAndTimestamp().Count(await PageAsync(client, token, $"api/v1/biblios?_page={page}&_per_page={perPage}&_order_by=%2Btimestamp,%2Bbiblio_id&q={slow}", MarcXml));
            }

            return count;
        });
        Console.WriteLine($"general path for comparison: {GeneralPages} pages in {general.Seconds:F2} s = {general.Seconds / GeneralPages * 1000:F0} ms a page (a full load would take ~{general.Seconds / GeneralPages * records / perPage:F0} s)");
    }

    private static string After(string timestamp, string id) =>
        $$$"""{"-and":[{"timestamp":{"<=":"2100-01-01T00:00:00+00:00"}},{"-or":[{"timestamp":{">":"{{{timestamp}}}"}},{"timestamp":"{{{timestamp}}}","biblio_id":{">":{{{id}}}}}]}]}""";

    private static void Report(string what, (int Count, double Seconds) result, int records)
    {
        Console.WriteLine($"{what}: {result.Count:N0} records in {result.Seconds:F2} s = {result.Count / result.Seconds:N0} records/s");
        if (result.Count != records)
        {
            throw new InvalidOperationException($"{what}: {result.Count} records, expected {records}");
        }
    }

    private static async Task<string> PageAsync(HttpClient client, string token, string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(int Count, double Seconds)> TimeAsync(Func<Task<int>> run)
    {
        var watch = Stopwatch.StartNew();
        var count = await run();
        return (count, watch.Elapsed.TotalSeconds);
    }
}
