using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.Availability.Benchmarks;

/// <summary>
/// Where a healthy page's time goes, measured from outside in the same iteration: the whole page; the slowest system
/// as the availability service timed it (<c>systems[].elapsedMs</c>: pipeline, adapter lookup, Koha calls, and the
/// loopback hop when adapters are asked over HTTP); each system's adapter route called directly on the gateway (hop +
/// adapter + Koha, the slowest of five in parallel); a bare loopback round trip to the gateway (<c>/alive</c>); and the
/// slowest direct vendor call. The differences are the stages.
/// </summary>
internal static class Stages
{
    public static async Task MeasureAsync(HttpClient http, Uri gateway, string[] page, string[] reads, int iterations, Func<Task<double>> slowestDirect)
    {
        var whole = new List<double>();
        var slowestSystem = new List<double>();
        var rest = new List<double>();
        var adapterRoute = new List<double>();
        var alive = new List<double>();
        var direct = new List<double>();
        var bySystem = reads.GroupBy(id => id[..id.IndexOf(':', StringComparison.Ordinal)], StringComparer.Ordinal)
            .Select(g => (System: g.Key, Query: string.Join('&', g.Select(id => "id=" + id[(id.IndexOf(':', StringComparison.Ordinal) + 1)..]))))
            .ToList();
        var metricsBefore = await ScrapeAsync(http, gateway);
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            using (var response = await http.PostAsJsonAsync(new Uri(gateway, "api/v1/availability"), new { ids = page }))
            {
                var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
                var ms = watch.Elapsed.TotalMilliseconds;
                var systems = answer.GetProperty("systems").EnumerateArray().Max(s => s.GetProperty("elapsedMs").GetInt64());
                whole.Add(ms);
                slowestSystem.Add(systems);
                rest.Add(ms - systems);
            }

            var routes = await Task.WhenAll(bySystem.Select(async s =>
            {
                var started = Stopwatch.StartNew();
                using var response = await http.GetAsync(new Uri(gateway, $"api/v1/adapters/{s.System}/availability?{s.Query}"));
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                return started.Elapsed.TotalMilliseconds;
            }));
            adapterRoute.Add(routes.Max());

            watch.Restart();
            using (var response = await http.GetAsync(new Uri(gateway, "alive")))
            {
                await response.Content.ReadAsByteArrayAsync();
                alive.Add(watch.Elapsed.TotalMilliseconds);
            }

            direct.Add(await slowestDirect());
        }

        var metricsAfter = await ScrapeAsync(http, gateway);
        Console.WriteLine();
        Console.WriteLine($"Stages of a healthy page, {iterations} iterations (p50; each line measured in the same iteration)");
        Line("whole page through the gateway", whole);
        Line("slowest system in the service (elapsedMs)", slowestSystem);
        Line("  the rest: resolution, assembly, JSON, client hop", rest);
        Line("slowest adapter route called directly (5 in parallel)", adapterRoute);
        Line("bare loopback round trip to the gateway (/alive)", alive);
        Line("slowest direct vendor call (5 in parallel)", direct);
        Console.WriteLine("  inside the service, means from /metrics over the stage iterations:");
        Mean("    resolution (catalogue query)", "gateway_availability_resolution_duration_milliseconds", metricsBefore, metricsAfter);
        Mean("    assembly of the answer", "gateway_availability_assembly_duration_milliseconds", metricsBefore, metricsAfter);
    }

    /// <summary>The gateway's Prometheus metrics: each sample's value by its name (labels dropped, values of one name summed).</summary>
    private static async Task<Dictionary<string, double>> ScrapeAsync(HttpClient http, Uri gateway)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var text = await http.GetStringAsync(new Uri(gateway, "metrics"));
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var nameEnd = line.IndexOfAny(['{', ' ']);
            var rest = line[(line.IndexOf('}', StringComparison.Ordinal) is var close and >= 0 ? close + 1 : nameEnd)..].Trim();
            if (nameEnd > 0 && double.TryParse(rest.Split(' ')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                var name = line[..nameEnd];
                values[name] = values.GetValueOrDefault(name) + value;
            }
        }

        return values;
    }

    private static void Mean(string what, string histogram, Dictionary<string, double> before, Dictionary<string, double> after)
    {
        var count = after.GetValueOrDefault(histogram + "_count") - before.GetValueOrDefault(histogram + "_count");
        var sum = after.GetValueOrDefault(histogram + "_sum") - before.GetValueOrDefault(histogram + "_sum");
        Console.WriteLine(count > 0
            ? string.Create(CultureInfo.InvariantCulture, $"  {what,-56} mean {sum / count,6:F1} ms  (n={count})")
            : $"  {what,-56} not in /metrics");
    }

    private static void Line(string what, List<double> sample) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-56} p50 {Percentiles.Of(sample, 50),7:F1} ms  p90 {Percentiles.Of(sample, 90),7:F1} ms"));
}
