using System.Diagnostics;
using System.Globalization;
using System.Xml;
using Gateway.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Catalogue.Benchmarks;

/// <summary>
/// A full OAI-PMH harvest of <c>marc21</c> over real HTTP: the catalogue module on Kestrel over a database an ingest
/// run left, and a harvester that follows resumption tokens to the end, timing every page (request to last byte).
/// Prints records/s, the first and last pages' latencies and their ratio (keyset paging keeps the last page as fast
/// as the first; decision 0018).
/// </summary>
internal static class HarvestRun
{
    public static async Task<int> RunAsync(HarvestArguments arguments)
    {
        var connection = arguments.Provider == "PostgreSql" ? arguments.ConnectionString! : $"Data Source={arguments.Database}";
        await using var app = BuildApp(arguments.Provider, connection, arguments.PageSize);
        await app.StartAsync();
        var address = app.Urls.First();
        using var http = new HttpClient { BaseAddress = new Uri(address + "/"), Timeout = TimeSpan.FromMinutes(5) };

        var size = arguments.Database is { } file ? new FileInfo(file).Length : 0;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"harvest: {arguments.FirstQuery} from {address}, {arguments.PageSize} a page, database {size / 1048576.0:F1} MiB; load average {LoadAverage()}"));
        await WarmUpAsync(http, arguments);
        if (arguments.FirstPages > 0)
        {
            await FirstPagesAsync(http, arguments);
            await app.StopAsync();
            return 0;
        }

        var latencies = new List<double>();
        long records = 0, bytes = 0;
        var sizes = new List<string?>(); // completeListSize as each page gave it
        var query = arguments.FirstQuery;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var page = Stopwatch.StartNew();
            var body = await http.GetStringAsync(new Uri(query, UriKind.Relative));
            latencies.Add(page.Elapsed.TotalMilliseconds);
            bytes += body.Length;
            var (count, token, listSize) = Read(body);
            if (count == 0 && body.Contains("<error", StringComparison.Ordinal))
            {
                Console.WriteLine("the list answered with an error: " + body);
                return 1;
            }

            records += count;
            sizes.Add(listSize);
            if (latencies.Count % 500 == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {watch.Elapsed.TotalSeconds,6:F0} s  {latencies.Count,6:N0} pages  {records,10:N0} records"));
            }

            if (string.IsNullOrEmpty(token))
            {
                break;
            }

            query = $"oai?verb={arguments.Verb}&resumptionToken=" + Uri.EscapeDataString(token);
        }

        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Print(latencies, records, bytes, watch.Elapsed, arguments.PageSize);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"completeListSize: first page {sizes[0] ?? "none"}, last page {sizes[^1] ?? "none"}, {sizes.Distinct().Count()} distinct value(s); records harvested {records:N0}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"process CPU (server and harvester, user + system) {cpu.TotalSeconds:F1} s: {records / cpu.TotalSeconds:N0} records per CPU-second, {cpu.TotalSeconds / watch.Elapsed.TotalSeconds:P0} of one core"));
        await app.StopAsync();
        return 0;
    }

    // The first pages of the same list once, untimed: JIT, query compilation and connection set-up are not the first
    // page's latency (the timed list starts afresh, so its first page still fixes a bound and counts the list).
    private static async Task WarmUpAsync(HttpClient http, HarvestArguments arguments)
    {
        var query = arguments.FirstQuery;
        for (var i = 0; i < 5; i++)
        {
            var (_, token, _) = Read(await http.GetStringAsync(new Uri(query, UriKind.Relative)));
            if (string.IsNullOrEmpty(token))
            {
                return;
            }

            query = $"oai?verb={arguments.Verb}&resumptionToken=" + Uri.EscapeDataString(token);
        }
    }

    // The list started again and again: each first page fixes a bound, counts the list and reads its first keyset page.
    private static async Task FirstPagesAsync(HttpClient http, HarvestArguments arguments)
    {
        var latencies = new List<double>();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        string? size = null;
        for (var i = 0; i < arguments.FirstPages; i++)
        {
            var page = Stopwatch.StartNew();
            var body = await http.GetStringAsync(new Uri(arguments.FirstQuery, UriKind.Relative));
            latencies.Add(page.Elapsed.TotalMilliseconds);
            size = Read(body).CompleteListSize;
        }

        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var sorted = latencies.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first pages: {latencies.Count} (completeListSize {size ?? "none"}): median {sorted[sorted.Count / 2]:F1} ms, min {sorted[0]:F1}, max {sorted[^1]:F1}; {cpu.TotalMilliseconds / latencies.Count:F1} ms of process CPU each; all: {string.Join(' ', latencies.Select(l => l.ToString("F0", CultureInfo.InvariantCulture)))}; load average {LoadAverage()}"));
    }

    private static void Print(List<double> latencies, long records, long bytes, TimeSpan elapsed, int pageSize)
    {
        var full = latencies.Count > 1 ? latencies[..^1] : latencies; // the last page is usually short
        var tenFirst = full.Take(10).Average();
        var tenLast = full.TakeLast(10).Average();
        var sorted = latencies.Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"done: {records:N0} records in {latencies.Count:N0} pages ({bytes / 1048576.0:F0} MiB of XML), {elapsed.TotalSeconds:F1} s, {records / elapsed.TotalSeconds:N0} records/s; load average {LoadAverage()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"page latency (ms, {pageSize} a page): first {latencies[0]:F1}, last full {full[^1]:F1}, median {sorted[sorted.Count / 2]:F1}, p99 {sorted[(int)(sorted.Count * 0.99)]:F1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mean of the first 10 full pages {tenFirst:F1} ms, of the last 10 {tenLast:F1} ms: last/first {tenLast / tenFirst:F2}x"));

        // The first request of a list also counts the list (completeListSize, decision 0018); the pages after it are keyset reads alone.
        var tenAfterFirst = full.Skip(1).Take(10).Average();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"mean of pages 2-11 {tenAfterFirst:F1} ms: last 10 / pages 2-11 {tenLast / tenAfterFirst:F2}x"));
    }

    // The number of records (one OAI header each, deleted ones included), the resumption token and its
    // completeListSize, if any.
    private static (int Records, string? Token, string? CompleteListSize) Read(string body)
    {
        var count = 0;
        string? token = null, size = null;
        using var reader = XmlReader.Create(new StringReader(body));
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != "http://www.openarchives.org/OAI/2.0/")
            {
                continue;
            }

            if (reader.LocalName == "header")
            {
                count++;
            }
            else if (reader.LocalName == "resumptionToken")
            {
                size = reader.GetAttribute("completeListSize");
                token = reader.ReadElementContentAsString();
            }
        }

        return (count, token, size);
    }

    private static WebApplication BuildApp(string provider, string connection, int pageSize)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (Environment.GetEnvironmentVariable("GATEWAY_BENCH_SQL_LOG") is not null)
        {
            // Every SQL command the provider runs, to see each page's statements and their plans.
            builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
        }

        // The five systems of the ingest run, so its sets (region:…, system:…) exist.
        var settings = CatalogueSettings.For(provider, connection, IngestMessages.Systems.Length, _ => [("MAIN", "Main library")]);
        settings["Oai:PageSize"] = pageSize.ToString(CultureInfo.InvariantCulture);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddCatalogue();
        builder.AddGatewayMessaging();
        var app = builder.Build();
        app.MapCatalogue();
        return app;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
