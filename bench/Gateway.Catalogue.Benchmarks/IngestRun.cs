using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using Gateway.Catalogue.Storage;
using Gateway.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.Catalogue.Benchmarks;

/// <summary>
/// Ingest rate of change events into the catalogue: the catalogue module as the embedded default wires it
/// (`AddCatalogue` + `AddGatewayMessaging`: MassTransit's in-memory transport handing each message over as the object, decision 0040), on a
/// real SQLite file or PostgreSQL database, fed by a producer in the same process that publishes the generated
/// records as pages of 100 records of one system (<c>BibliographicRecordsChanged</c>, as the Koha adapter does) or as
/// single messages (published 100 at a time), and stays at most <see cref="MaxInFlight"/> records ahead of the consumer.
/// </summary>
internal static class IngestRun
{
    private const int MaxInFlight = 5_000;

    public static async Task<int> RunAsync(IngestArguments arguments)
    {
        var total = arguments.Systems * arguments.RecordsPerSystem;
        var folder = Directory.CreateTempSubdirectory("catalogue-bench-").FullName;
        var connection = arguments.Provider == "PostgreSql" ? arguments.ConnectionString! : $"Data Source={Path.Combine(folder, "catalogue.db")}";
        using var host = BuildHost(arguments.Provider, connection, arguments.Systems);
        long consumed = 0;
        using var listener = CountStored(() => Interlocked.Increment(ref consumed));
        using var turns = new WriteTurnTotals();
        await host.StartAsync();
        var bus = host.Services.GetRequiredService<IBus>();

        // Pages of 100 (or single messages), generated while publishing or all beforehand (not timed).
        IEnumerable<List<Contracts.BibliographicRecordChanged>> pageSource = arguments.Pages
            ? IngestMessages.Generate(arguments.Systems, arguments.RecordsPerSystem, arguments.Seed, arguments.SharedFraction, arguments.PageRecords)
            : [];
        IEnumerable<Contracts.BibliographicRecordChanged> singleSource = arguments.Pages
            ? []
            : IngestMessages.Generate(arguments.Systems, arguments.RecordsPerSystem, arguments.Seed, arguments.SharedFraction);
        if (arguments.Pregenerated)
        {
            pageSource = pageSource.ToList();
            singleSource = singleSource.ToList();
            Console.WriteLine($"generated {total:N0} changes beforehand (not timed)");
        }

        var shape = arguments.Pages ? $"pages of {arguments.PageRecords} (BibliographicRecordsChanged)" : "single BibliographicRecordChanged messages";
        Console.WriteLine($"ingest: {arguments.Systems} systems x {arguments.RecordsPerSystem:N0} records = {total:N0} changes as {shape} into {arguments.Provider}, shared fraction {arguments.SharedFraction}; load average {LoadAverage()}");
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        long lastCount = 0, published = 0;
        var recordIds = new List<(string SystemId, string VendorRecordId)>();
        var half = new HalfWayMark(total);
        async Task WaitAsync()
        {
            while (published - Interlocked.Read(ref consumed) > MaxInFlight)
            {
                await Task.Delay(5);
            }

            half.Observe(Interlocked.Read(ref consumed), watch.Elapsed);
            Report(ref lastReport, ref lastCount, watch, Interlocked.Read(ref consumed));
        }

        if (arguments.Pages)
        {
            foreach (var page in pageSource)
            {
                await bus.Publish(new Contracts.BibliographicRecordsChanged { SystemId = page[0].SystemId, CorrelationId = NewId.NextGuid(), Records = page });
                recordIds.AddRange(page.Select(r => (r.SystemId, r.VendorRecordId)));
                published += page.Count;
                await WaitAsync();
            }
        }
        else
        {
            var batch = new List<Contracts.BibliographicRecordChanged>(100);
            foreach (var message in singleSource)
            {
                batch.Add(message);
                recordIds.Add((message.SystemId, message.VendorRecordId));
                if (batch.Count == 100)
                {
                    await bus.PublishBatch(batch);
                    published += batch.Count;
                    batch.Clear();
                    await WaitAsync();
                }
            }

            await bus.PublishBatch(batch);
            published += batch.Count;
        }

        while (Interlocked.Read(ref consumed) < published)
        {
            await Task.Delay(50);
            half.Observe(Interlocked.Read(ref consumed), watch.Elapsed);
            Report(ref lastReport, ref lastCount, watch, Interlocked.Read(ref consumed));
        }

        // Every change is committed (the stored counter moves after the commit). Search rows follow in a second stage
        // (decision 0030): the honest end-to-end figure is when its backlog is empty too.
        var ingested = watch.Elapsed;
        var ingestCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
        var rate = total / ingested.TotalSeconds;
        long backlogAtEnd;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            backlogAtEnd = await db.SearchDirtyClusters.LongCountAsync();
            while (await db.SearchDirtyClusters.AnyAsync())
            {
                await Task.Delay(20);
            }
        }

        watch.Stop();
        var drainCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart - ingestCpu;
        var endToEnd = total / watch.Elapsed.TotalSeconds;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
            var records = await db.SourceRecords.CountAsync();
            var clusters = await db.Clusters.CountAsync(c => !c.IsDeleted);
            var searchRows = await db.ClusterSearch.CountAsync();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"done: {records:N0} records stored, {clusters:N0} clusters, {ingested.TotalSeconds:F1} s, {rate:N0} events/s ingested; load average {LoadAverage()}"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"process CPU while ingesting: {ingestCpu.TotalSeconds:F1} s ({ingestCpu.TotalMilliseconds / total:F2} ms an event, producer, bus and search stage included); after, until the search backlog was empty: {drainCpu.TotalSeconds:F1} s"));
            if (half.Describe(ingestCpu + cpuAtStart, ingested, total) is { } warm)
            {
                Console.WriteLine(warm);
            }

            if (turns.Describe(watch.Elapsed) is { } turnLine)
            {
                Console.WriteLine(turnLine);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"search rows: {backlogAtEnd:N0} marks waiting when ingest ended, backlog empty at {watch.Elapsed.TotalSeconds:F1} s (+{(watch.Elapsed - ingested).TotalSeconds:F1} s): {endToEnd:N0} events/s end to end; {searchRows:N0} search rows"));
        }

        if (arguments.ItemsPerRecord > 0 || arguments.LargeRecordItems > 0)
        {
            await ItemRun.RunAsync(host, recordIds, arguments.ItemsPerRecord, arguments.LargeRecordItems, arguments.ItemRunSize);
        }

        await host.StopAsync();
        if (arguments.Provider != "PostgreSql")
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var size = Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"database on disk: {size / 1048576.0:F1} MiB ({size / (double)total:F0} bytes a record)"));
            if (arguments.KeepDatabase is { } keep)
            {
                File.Move(Path.Combine(folder, "catalogue.db"), keep, overwrite: true);
                Console.WriteLine($"database kept at {keep}");
            }
        }

        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static IHost BuildHost(string provider, string connection, int systems)
    {
        // The content root is the build output, not the working directory: the host watches its content root for
        // configuration changes, and a working directory above the database's temporary folder (/tmp, say) had every WAL
        // write raise a file-system event for that watcher (~6 % of the process's CPU in a profile).
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (Environment.GetEnvironmentVariable("GATEWAY_BENCH_SQL_LOG") is not null)
        {
            // Every SQL command the catalogue runs, to count them per event.
            builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
        }
        builder.Configuration.AddInMemoryCollection(CatalogueSettings.For(provider, connection, systems, _ => [("MAIN", "Main library")]));
        builder.AddCatalogue();
        builder.AddGatewayMessaging();
        return builder.Build();
    }

    private static MeterListener CountStored(Action onStored)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Gateway" && instrument.Name is "gateway.catalogue.records.stored" or "gateway.catalogue.messages.stale")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) =>
        {
            for (var i = 0; i < value; i++)
            {
                onStored();
            }
        });
        listener.Start();
        return listener;
    }

    /// <summary>Prints the rate of the last 10 s when 10 s have passed since the last report.</summary>
    internal static void Report(ref TimeSpan last, ref long lastCount, Stopwatch watch, long count)
    {
        if (watch.Elapsed - last < TimeSpan.FromSeconds(10))
        {
            return;
        }

        var rate = (count - lastCount) / (watch.Elapsed - last).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {watch.Elapsed.TotalSeconds,6:F0} s  {count,10:N0} stored  {rate,8:N0} events/s (last 10 s)"));
        last = watch.Elapsed;
        lastCount = count;
    }

    /// <summary>The 1-, 5- and 15-minute load averages.</summary>
    internal static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
