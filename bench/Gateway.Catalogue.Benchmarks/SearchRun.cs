using System.Diagnostics;
using System.Globalization;
using Gateway.Catalogue.Storage;
using Gateway.Messaging;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Catalogue.Benchmarks;

/// <summary>
/// Search under load (issue 6): builds a catalogue of N source records in S systems (<see cref="SearchDatabaseBuilder"/>),
/// serves it with the catalogue module on Kestrel (loopback, as the catalogue host does), and runs concurrent clients
/// over real HTTP (<see cref="SearchLoad"/>) after a warm-up; prints p50/p95/p99/max by kind and overall, requests/s,
/// and the database's size on disk.
/// </summary>
internal static class SearchRun
{
    public static async Task<int> RunAsync(SearchArguments arguments)
    {
        var folder = Directory.CreateTempSubdirectory("catalogue-search-bench-").FullName;
        var connection = arguments.Provider == "PostgreSql" ? arguments.ConnectionString! : $"Data Source={Path.Combine(folder, "catalogue.db")}";
        var perSystem = arguments.Records / arguments.Systems;
        Console.WriteLine($"search: {arguments.Systems} systems x {perSystem:N0} records into {arguments.Provider}; load average {LoadAverage()}");

        var port = FreePort();
        var app = BuildHost(arguments.Provider, connection, arguments.Systems, perSystem, arguments.Seed, port);
        await app.StartAsync();
        var corpus = await new SearchDatabaseBuilder(app.Services).BuildAsync(arguments.Systems, perSystem, arguments.Seed);
        corpus.CommonWords.AddRange(corpus.TitleWords.GroupBy(w => w, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Take(20).Select(g => g.Key));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var sources = await db.SourceRecords.CountAsync();
            var searchable = await db.ClusterSearch.CountAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"catalogue: {sources:N0} source records, {searchable:N0} clusters searchable"));
            if (db.Database.IsSqlite())
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;");
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE;");
            }
        }

        var size = await SizeAsync(app.Services, folder, arguments.Provider);
        Console.WriteLine($"database on disk: {size}");

        var failed = false;
        foreach (var clients in arguments.Clients)
        {
            failed |= await MeasureAsync(port, corpus, arguments, clients);
        }

        await app.StopAsync();
        await app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return failed ? 1 : 0;
    }

    /// <summary>One load run with this many clients after a warm-up; true when a request failed.</summary>
    private static async Task<bool> MeasureAsync(int port, SearchCorpus corpus, SearchArguments arguments, int clients)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        var load = new SearchLoad(http, corpus, arguments.Seed);
        await load.RunAsync(clients, TimeSpan.FromSeconds(arguments.WarmUpSeconds), CancellationToken.None);
        var watch = Stopwatch.StartNew();
        var results = await load.RunAsync(clients, TimeSpan.FromSeconds(arguments.Seconds), CancellationToken.None);
        watch.Stop();

        Console.WriteLine();
        Console.WriteLine($"{clients} clients for {watch.Elapsed.TotalSeconds:F0} s (after {arguments.WarmUpSeconds} s warm-up); load average {LoadAverage()}");
        Console.WriteLine("| kind | requests | p50 ms | p95 ms | p99 ms | max ms |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (kind, samples) in results.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(Row(kind, samples));
        }

        var errors = results.Where(r => r.Key.StartsWith("ERROR", StringComparison.Ordinal)).Sum(r => r.Value.Count);
        var all = results.Where(r => !r.Key.StartsWith("ERROR", StringComparison.Ordinal)).SelectMany(r => r.Value).ToList();
        Console.WriteLine(Row("**all**", all));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"requests/s: {all.Count / watch.Elapsed.TotalSeconds:N0}; errors: {errors}"));
        return errors > 0;
    }

    private static string Row(string kind, List<double> samples)
    {
        samples.Sort();
        double P(double p) => samples.Count == 0 ? 0 : samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(p * samples.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"| {kind} | {samples.Count:N0} | {P(0.50):F1} | {P(0.95):F1} | {P(0.99):F1} | {(samples.Count == 0 ? 0 : samples[^1]):F1} |");
    }

    private static WebApplication BuildHost(string provider, string connection, int systems, int perSystem, int seed, int port)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("MassTransit", LogLevel.Error); // its usage telemetry cannot reach the internet here
        // The registry, with each system's generated libraries, so library filters validate as in production.
        builder.Configuration.AddInMemoryCollection(CatalogueSettings.For(provider, connection, systems, id =>
            [.. Simulators.Data.Catalogue.SystemCatalogue.Create(
                new Simulators.Data.Catalogue.CatalogueOptions { SystemId = id, Seed = seed, RecordCount = 1 }).Libraries
                .Select(l => (l.Code, l.Name))]));
        builder.AddCatalogue();
        builder.AddGatewayMessaging();
        var app = builder.Build();
        app.MapCatalogue();
        return app;
    }

    private static async Task<string> SizeAsync(IServiceProvider services, string folder, string provider)
    {
        if (provider != "PostgreSql")
        {
            var size = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
            return string.Create(CultureInfo.InvariantCulture, $"{size / 1048576.0:F1} MiB (SQLite file and WAL)");
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var bytes = await db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync();
        var search = await db.Database.SqlQueryRaw<long>("SELECT pg_total_relation_size('cluster_search') AS \"Value\"").SingleAsync();
        return string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MiB (pg_database_size; cluster_search with its indexes {search / 1048576.0:F1} MiB)");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
