using System.Diagnostics;
using System.Globalization;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gateway.Catalogue.Benchmarks;

/// <summary>
/// The item phase of an ingest run (after the records are stored and their search rows built): a first item load of
/// the records (<c>--items N</c> a record) and of one record with many items (<c>--large-record M</c>), published one
/// message at a time (or as runs of consecutive changes of one system, <c>ItemsChanged</c>, with <c>--item-runs K</c>)
/// at most <see cref="MaxInFlight"/> events ahead of the catalogue, timed each on its own: item events/s and the
/// process's CPU an event.
/// </summary>
internal static class ItemRun
{
    private const int MaxInFlight = 2_000;

    /// <summary>Feeds the item events and prints what they cost.</summary>
    public static async Task RunAsync(
        IHost host, IReadOnlyList<(string SystemId, string VendorRecordId)> records, int itemsPerRecord, int largeRecordItems, int runSize)
    {
        var bus = host.Services.GetRequiredService<IBus>();
        var counter = new ConsumedCounter();
        using var handle = bus.ConnectConsumeObserver(counter);
        if (itemsPerRecord > 0)
        {
            await PhaseAsync(host, bus, counter, $"items: {itemsPerRecord} a record for {records.Count:N0} records",
                ItemMessages.InRuns(ItemMessages.ForRecords(records, itemsPerRecord, "i", TimeSpan.Zero), runSize), records.Count * itemsPerRecord * 2L);
        }

        if (largeRecordItems > 0 && records.Count > 0)
        {
            // A journal run: one record (the last of the records, so it has no items yet) with M items.
            await PhaseAsync(host, bus, counter, $"large record: 1 record with {largeRecordItems:N0} items",
                ItemMessages.InRuns(ItemMessages.ForRecords([records[^1]], largeRecordItems, "L", TimeSpan.FromDays(1)), runSize), largeRecordItems * 2L);
        }
    }

    private static async Task PhaseAsync(IHost host, IBus bus, ConsumedCounter counter, string title, IEnumerable<object> messages, long total)
    {
        var list = messages.ToList(); // generated before the clock starts
        Console.WriteLine($"{title}: {total:N0} item events (HoldingsChanged + ItemAvailabilityChanged, one item each) in {list.Count:N0} messages; load average {IngestRun.LoadAverage()}");
        var start = counter.Count;
        var cpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        long published = 0, lastCount = 0;
        foreach (var message in list)
        {
            await bus.Publish(message, message.GetType());
            published += message is ItemsChanged run ? run.Changes.Count : 1;
            while (published - (counter.Count - start) > MaxInFlight)
            {
                await Task.Delay(5);
            }

            IngestRun.Report(ref lastReport, ref lastCount, watch, counter.Count - start);
        }

        while (counter.Count - start < published)
        {
            await Task.Delay(20);
            IngestRun.Report(ref lastReport, ref lastCount, watch, counter.Count - start);
        }

        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuAtStart;
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogueDbContext>();
        var items = await db.SourceItems.CountAsync();
        var sets = await db.ClusterSets.CountAsync();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"done: {total:N0} item events in {watch.Elapsed.TotalSeconds:F1} s, {total / watch.Elapsed.TotalSeconds:N0} item events/s; process CPU {cpu.TotalSeconds:F1} s ({cpu.TotalMilliseconds / total:F2} ms an event); {counter.Faults} faults; {items:N0} items and {sets:N0} set rows stored; load average {IngestRun.LoadAverage()}"));
    }

    /// <summary>Counts the item events the catalogue consumed (or gave up on): a run counts its changes.</summary>
    private sealed class ConsumedCounter : IConsumeObserver
    {
        private long _count;
        private long _faults;

        public long Count => Interlocked.Read(ref _count);

        public long Faults => Interlocked.Read(ref _faults);

        public Task PreConsume<T>(ConsumeContext<T> context)
            where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context)
            where T : class
        {
            Interlocked.Add(ref _count, Events(context.Message));

            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
            where T : class
        {
            if (Events(context.Message) is var events and > 0)
            {
                Interlocked.Increment(ref _faults);
                Interlocked.Add(ref _count, events);
            }

            return Task.CompletedTask;
        }

        private static int Events(object message) => message switch
        {
            HoldingsChanged or ItemAvailabilityChanged => 1,
            ItemsChanged run => run.Changes.Count,
            _ => 0,
        };
    }
}
