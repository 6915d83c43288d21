using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gateway.Simulators.Koha.Tests.Support;

namespace Gateway.Simulators.Koha.Tests.Performance;

/// <summary>
/// How fast the simulator alone serves a 200,000-record full load, 1000 records a page as MARCXML (issue 5's
/// benchmark baseline). Opt-in: set KOHA_SIM_BENCH=1 (it takes a minute and 1-2 GB). Reports, asserts nothing on time.
/// </summary>
public sealed partial class PagingBenchmarkTests(ITestOutputHelper output)
{
    private const int Records = 200_000;
    private const int PerPage = 1000;
    private const string MarcXml = "application/marcxml+xml";

    [GeneratedRegex("<controlfield tag=\"001\">(\\d+)</controlfield><controlfield tag=\"003\">[^<]*</controlfield><controlfield tag=\"005\">(\\d{14})")]
    private static partial Regex IdAndTimestamp();

    [Fact]
    public async Task Serve_two_hundred_thousand_records_page_by_page()
    {
        if (Environment.GetEnvironmentVariable("KOHA_SIM_BENCH") != "1")
        {
            Assert.Skip("Benchmark: set KOHA_SIM_BENCH=1 to run it.");
        }

        var generation = Stopwatch.StartNew();
        await using var factory = KohaSimulatorFactory.With(new Dictionary<string, string?> { ["KohaSimulator:RecordCount"] = Records.ToString(CultureInfo.InvariantCulture) });
        using var client = await factory.AuthorisedClientAsync();
        Report($"start-up with generation: {generation.Elapsed.TotalSeconds:F1} s");
        var upTo = Uri.EscapeDataString("""{"timestamp":{"<=":"2100-01-01T00:00:00+00:00"}}""");

        // Warm-up (JIT, lazy indexes) before timing.
        (await KohaApi.GetAsync(client, $"/api/v1/biblios?_per_page={PerPage}&_order_by=%2Btimestamp,%2Bbiblio_id&q={upTo}", MarcXml)).Dispose();

        var offset = await TimeAsync(async () =>
        {
            var count = 0;
            for (var page = 1; count < Records; page++)
            {
                var body = await PageAsync(client, $"/api/v1/biblios?_page={page}&_per_page={PerPage}&_order_by=%2Btimestamp,%2Bbiblio_id&q={upTo}", MarcXml);
                count += IdAndTimestamp().Count(body);
            }

            return count;
        });
        Report($"offset pages (_page=N, q timestamp<=U, +timestamp,+biblio_id), MARCXML: {offset.Count} records in {offset.Seconds:F2} s = {offset.Count / offset.Seconds:F0} records/s");

        var keyset = await TimeAsync(async () =>
        {
            var count = 0;
            string? after = null;
            while (true)
            {
                var q = Uri.EscapeDataString(after ?? """{"timestamp":{"<=":"2100-01-01T00:00:00+00:00"}}""");
                var body = await PageAsync(client, $"/api/v1/biblios?_page=1&_per_page={PerPage}&_order_by=%2Btimestamp,%2Bbiblio_id&q={q}", MarcXml);
                var matches = IdAndTimestamp().Matches(body);
                if (matches.Count == 0)
                {
                    return count;
                }

                count += matches.Count;
                var last = matches[^1];
                var ts = DateTimeOffset.ParseExact(last.Groups[2].Value, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
                    .ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
                after = $$$"""{"-and":[{"timestamp":{"<=":"2100-01-01T00:00:00+00:00"}},{"-or":[{"timestamp":{">":"{{{ts}}}"}},{"timestamp":"{{{ts}}}","biblio_id":{">":{{{last.Groups[1].Value}}}}}]}]}""";
            }
        });
        Report($"keyset pages (the adapter's q), MARCXML: {keyset.Count} records in {keyset.Seconds:F2} s = {keyset.Count / keyset.Seconds:F0} records/s");

        var adapterStyle = await TimeAsync(async () =>
        {
            var count = 0;
            string? after = null;
            while (true)
            {
                var q = Uri.EscapeDataString(after ?? """{"timestamp":{"<=":"2100-01-01T00:00:00+00:00"}}""");
                using var keys = JsonDocument.Parse(await PageAsync(client, $"/api/v1/biblios?_page=1&_per_page={PerPage}&_order_by=%2Btimestamp,%2Bbiblio_id&q={q}", "application/json"));
                var rows = keys.RootElement.EnumerateArray().ToList();
                if (rows.Count == 0)
                {
                    return count;
                }

                var ids = string.Join(",", rows.Select(r => r.GetProperty("biblio_id").GetInt32()));
                var inQuery = Uri.EscapeDataString("{\"biblio_id\":{\"-in\":[" + ids + "]}}");
                var marc = await PageAsync(client, $"/api/v1/biblios?_per_page={rows.Count}&q={inQuery}", MarcXml);
                count += IdAndTimestamp().Count(marc);
                var last = rows[^1];
                var ts = last.GetProperty("timestamp").GetString();
                after = $$$"""{"-and":[{"timestamp":{"<=":"2100-01-01T00:00:00+00:00"}},{"-or":[{"timestamp":{">":"{{{ts}}}"}},{"timestamp":"{{{ts}}}","biblio_id":{">":{{{last.GetProperty("biblio_id").GetInt32()}}}}}]}]}""";
            }
        });
        Report($"adapter style (JSON keyset page + MARCXML -in page): {adapterStyle.Count} records in {adapterStyle.Seconds:F2} s = {adapterStyle.Count / adapterStyle.Seconds:F0} records/s");

        // The general path (scan + sort per request), for comparison: a q the fast path does not recognise.
        const int GeneralPages = 5;
        var general = await TimeAsync(async () =>
        {
            var slow = Uri.EscapeDataString("""{"timestamp":{"<=":"2100-01-01T00:00:00+00:00"},"biblio_id":{">":0}}""");
            var count = 0;
            for (var page = 1; page <= GeneralPages; page++)
            {
                count += IdAndTimestamp().Count(await PageAsync(client, $"/api/v1/biblios?_page={page}&_per_page={PerPage}&_order_by=%2Btimestamp,%2Bbiblio_id&q={slow}", MarcXml));
            }

            return count;
        });
        Report($"general path for comparison: {GeneralPages} pages in {general.Seconds:F2} s = {general.Seconds / GeneralPages * 1000:F0} ms a page (a full load would take ~{general.Seconds / GeneralPages * Records / PerPage:F0} s)");

        Assert.Equal(Records, offset.Count);
        Assert.Equal(Records, keyset.Count);
        Assert.Equal(Records, adapterStyle.Count);
    }

    private static async Task<string> PageAsync(HttpClient client, string url, string accept)
    {
        using var response = await KohaApi.GetAsync(client, url, accept);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<(int Count, double Seconds)> TimeAsync(Func<Task<int>> run)
    {
        var watch = Stopwatch.StartNew();
        var count = await run();
        return (count, watch.Elapsed.TotalSeconds);
    }

    private void Report(string line)
    {
        output.WriteLine(line);
        File.AppendAllText(Path.Combine(Path.GetTempPath(), "koha-sim-paging-benchmark.txt"), DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture) + " " + line + Environment.NewLine);
    }
}
