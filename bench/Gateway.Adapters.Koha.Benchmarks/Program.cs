using System.Diagnostics;
using System.Globalization;
using Gateway.Adapters.Koha.Benchmarks;

// Koha adapter full-load benchmark (issue 5). Modes:
//   run    [--records N] [--page-size P] [--repeats R] [--stages] [--only-adapter] [--indented-json] [--json-bus] [--publish-only] [--pipelined-baseline] [--sim-dll PATH]   (default)
//   paging [--records N] [--page-size P] [--sim-dll PATH]   the simulator's paging strategies alone (was a skipped test)
var mode = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "run";
var records = IntOption("--records", 200_000);
var pageSize = IntOption("--page-size", mode == "paging" ? 1000 : 100);
var repeats = IntOption("--repeats", 3);
var stages = args.Contains("--stages");
var onlyAdapter = args.Contains("--only-adapter"); // for profilers: skips (a) and the ratio
var publishOnly = args.Contains("--publish-only"); // no in-process consumer: pages counted as published (the distributed mode's shape)
var indentedJson = args.Contains("--indented-json"); // the bus's JSON indented, MassTransit's default before decision 0028 (implies --json-bus)
// The consumer reads the pages as JSON, as the embedded default did before decision 0040 (and as RabbitMQ carries them);
// without it (and without --publish-only) the bus is the embedded default's: the page handed over as the object.
var jsonBus = indentedJson || publishOnly || args.Contains("--json-bus");
var simDll = StringOption("--sim-dll") ?? DefaultSimulatorDll();
// (a) with its fetches overlapping as the adapter's read-ahead has them (at most three out, beside the next list),
// instead of one request at a time: the stricter baseline, where the simulator may use both cores.
var fetchesAhead = args.Contains("--pipelined-baseline") ? 2 : 0;

Console.WriteLine($"Koha adapter benchmark ({mode}): {records:N0} records, {pageSize} a page; {Environment.ProcessorCount} cores, .NET {Environment.Version}, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
Console.WriteLine($"load average at start: {LoadAverage()}");
Console.WriteLine($"GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {System.Runtime.GCSettings.LatencyMode}, DATAS {(AppContext.GetData("System.GC.DynamicAdaptationMode") ?? Environment.GetEnvironmentVariable("DOTNET_GCDynamicAdaptationMode") ?? "default")}");
var startup = Stopwatch.StartNew();
await using var simulator = await SimulatorProcess.StartAsync(simDll, records);
Console.WriteLine($"simulator pid {simulator.ProcessId} listening on {simulator.BaseUrl} after {startup.Elapsed.TotalSeconds:F1} s (generation included)");

if (mode == "paging")
{
    await PagingModes.RunAsync(simulator, records, pageSize);
    return 0;
}

if (mode != "run")
{
    Console.Error.WriteLine($"unknown mode {mode}");
    return 2;
}

await using var adapter = await ThroughAdapter.StartAsync(simulator, pageSize, indentedJson, publishOnly, jsonBus);
Console.WriteLine(publishOnly
    ? "bus: publish only (no consumer in this process; records counted as each page is accepted, as in the distributed mode)"
    : "bus: an in-process consumer counts the records (as the embedded default's catalogue would read them)");
Console.WriteLine(jsonBus
    ? $"bus body: JSON, {(indentedJson ? "indented (MassTransit's default)" : "compact (UseCompactJson, as the gateway)")}"
    : "bus body: none, the page handed over as the object (UsingEmbeddedBus, the embedded default; decision 0040)");
Console.WriteLine(fetchesAhead == 0
    ? "baseline (a): one request at a time"
    : $"baseline (a): pipelined, each page's fetch beside the next list, at most {fetchesAhead + 1} fetches out (as the adapter)");
var upTo = DateTimeOffset.UtcNow;

// Warm-up: one full walk each way (JIT, tiering, the simulator's lazy indexes, connection pools).
var warm = Stopwatch.StartNew();
if (onlyAdapter)
{
    Check("warm-up (b)", await adapter.HarvestAllAsync());
    for (var run = 1; run <= repeats; run++)
    {
        await MeasureAsync(adapter.HarvestAllAsync, "(b) through the adapter", run);
    }

    return 0;
}

Check("warm-up (a)", await SimulatorAlone.WalkAsync(simulator, pageSize, upTo, fetchesAhead));
Check("warm-up (b)", await adapter.HarvestAllAsync());
Console.WriteLine($"warm-up: {warm.Elapsed.TotalSeconds:F1} s");

var alone = new List<Measure>();
var through = new List<Measure>();
for (var run = 1; run <= repeats; run++)
{
    // Alternate the order so drift in the machine's load does not favour one side.
    if (run % 2 == 1)
    {
        alone.Add(await MeasureAsync(() => SimulatorAlone.WalkAsync(simulator, pageSize, upTo, fetchesAhead), "(a) simulator alone", run));
        through.Add(await MeasureAsync(adapter.HarvestAllAsync, "(b) through the adapter", run));
    }
    else
    {
        through.Add(await MeasureAsync(adapter.HarvestAllAsync, "(b) through the adapter", run));
        alone.Add(await MeasureAsync(() => SimulatorAlone.WalkAsync(simulator, pageSize, upTo, fetchesAhead), "(a) simulator alone", run));
    }
}

var a = alone.MinBy(m => m.Seconds)!;
var b = through.MinBy(m => m.Seconds)!;
Console.WriteLine();
Console.WriteLine($"best of {repeats} after a warm-up, {records:N0} records, {pageSize} a page:");
Console.WriteLine($"  (a) simulator alone      {a.Seconds,8:F2} s  {records / a.Seconds,9:N0} records/s  client CPU {a.HarnessCpu.TotalSeconds,6:F2} s  simulator CPU {a.SimulatorCpu.TotalSeconds,6:F2} s  {a.Allocated / (double)records,9:N0} B/record (client)");
Console.WriteLine($"  (b) through the adapter  {b.Seconds,8:F2} s  {records / b.Seconds,9:N0} records/s  adapter CPU {b.HarnessCpu.TotalSeconds,6:F2} s  simulator CPU {b.SimulatorCpu.TotalSeconds,6:F2} s  {b.Allocated / (double)records,9:N0} B/record (adapter + bus)");
Console.WriteLine($"  ratio (b)/(a), time: {b.Seconds / a.Seconds:F2}x   (goal <= 1.3x)");
Console.WriteLine($"  median ratio over the runs: {Median(through.Zip(alone, (t, s) => t.Seconds / s.Seconds)):F2}x");
// Steadier than time on a shared machine: the CPU both processes spent, each way (best runs).
Console.WriteLine($"  ratio of CPU (harness + simulator), (b)/(a): {(b.HarnessCpu + b.SimulatorCpu) / (a.HarnessCpu + a.SimulatorCpu):F2}x; adapter CPU {b.HarnessCpu.TotalMilliseconds * 1000 / records:F1} us/record vs client {a.HarnessCpu.TotalMilliseconds * 1000 / records:F1} us/record");
Console.WriteLine($"load average at end: {LoadAverage()}");

if (stages)
{
    var bus = await MeasureAsync(() => adapter.PublishOnlyAsync(records), "(c) the bus, a message a record", 1);
    var pagesOnly = await MeasureAsync(() => adapter.PublishPagesOnlyAsync(records), "(d) the bus, a page a message", 1);
    Console.WriteLine($"  (c) a message a record (the first page's messages published {records / pageSize:N0} times with PublishBatch, in-memory transport, counting consumer; the path before decision 0024): {bus.Seconds:F2} s, CPU {bus.HarnessCpu.TotalSeconds:F2} s ({bus.HarnessCpu.TotalMilliseconds * 1000 / records:F1} us/record), {bus.Allocated / (double)records:N0} B/record");
    Console.WriteLine($"  (d) a page a message (BibliographicRecordsChanged, as (b) publishes): {pagesOnly.Seconds:F2} s, CPU {pagesOnly.HarnessCpu.TotalSeconds:F2} s ({pagesOnly.HarnessCpu.TotalMilliseconds * 1000 / records:F1} us/record), {pagesOnly.Allocated / (double)records:N0} B/record; (b) less (d), CPU: {(b.HarnessCpu - pagesOnly.HarnessCpu).TotalMilliseconds * 1000 / records:F1} us/record");
    var escaped = await MeasureAsync(() => adapter.PublishPagesOnlyAsync(records, doubleQuotedAttributes: true), "(e) as (d), attributes in \"", 1);
    Console.WriteLine($"  (e) as (d), the MARCXML's attributes in double quotes as before decision 0024 (JSON escapes in every record): {escaped.Seconds:F2} s, CPU {escaped.HarnessCpu.TotalSeconds:F2} s ({escaped.HarnessCpu.TotalMilliseconds * 1000 / records:F1} us/record), {escaped.Allocated / (double)records:N0} B/record");

    var t = await adapter.ProfileStagesAsync();
    Check("stages", t.Records);
    Console.WriteLine();
    Console.WriteLine($"stages of one more full load, the harvester's steps timed one by one ({t.Total.TotalSeconds:F2} s in all):");
    foreach (var (name, time, bytes) in new[] { ("list (JSON keyset page)", t.List, t.ListBytes), ("fetch (MARCXML -in page)", t.Fetch, t.FetchBytes), ("parse (MARCXML -> views)", t.Parse, t.ParseBytes), ("map (views -> contract, MARCXML out)", t.Map, t.MapBytes), ("publish (a page a message)", t.Publish, t.PublishBytes), ("checkpoint (SQLite)", t.Checkpoint, t.CheckpointBytes), ("drain (consumer catches up)", t.Drain, 0L) })
    {
        Console.WriteLine($"  {name,-32} {time.TotalSeconds,7:F2} s  {time / t.Total * 100,5:F1} %  {time.TotalMilliseconds * 1000 / t.Records,7:F1} us/record  {bytes / (double)t.Records,8:N0} B/record");
    }
}

return 0;

async Task<Measure> MeasureAsync(Func<Task<int>> walk, string name, int run)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
    var simCpu = simulator.CpuTime;
    var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var watch = Stopwatch.StartNew();
    var count = await walk();
    var seconds = watch.Elapsed.TotalSeconds;
    var measure = new Measure(seconds, GC.GetTotalAllocatedBytes(precise: true) - allocated, Process.GetCurrentProcess().TotalProcessorTime - ownCpu, simulator.CpuTime - simCpu);
    Check(name, count);
    Console.WriteLine($"run {run}: {name,-24} {seconds,8:F2} s  {count / seconds,9:N0} records/s  own CPU {measure.HarnessCpu.TotalSeconds:F2} s  simulator CPU {measure.SimulatorCpu.TotalSeconds:F2} s  {measure.Allocated / (double)count:N0} B/record  GCs {GC.CollectionCount(0) - gen0}/{GC.CollectionCount(1) - gen1}/{GC.CollectionCount(2) - gen2}");
    return measure;
}

void Check(string name, int count)
{
    if (count != records)
    {
        throw new InvalidOperationException($"{name}: {count} records, expected {records}");
    }
}

int IntOption(string name, int fallback) => StringOption(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

string? StringOption(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

static string DefaultSimulatorDll()
{
    // bench/Gateway.Adapters.Koha.Benchmarks/bin/<Configuration>/net10.0/ -> src/Gateway.Simulators.Koha/bin/<Configuration>/net10.0/
    var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
    var configuration = here.Parent!.Name;
    var root = here.Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
    return Path.Combine(root, "src", "Gateway.Simulators.Koha", "bin", configuration, here.Name, "Gateway.Simulators.Koha.dll");
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}

internal sealed record Measure(double Seconds, long Allocated, TimeSpan HarnessCpu, TimeSpan SimulatorCpu);
