using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Availability.Benchmarks;

// Availability benchmark (issue 7): 5 Koha simulators (own processes), the embedded gateway (own process: adapter,
// catalogue, availability service), a results page of 20 records (4 per system) asked through the gateway, beside the
// slowest of one direct vendor call per system in the same iteration; then one system slowed to 10 s.
// Usage: bench/run-availability-benchmark.sh [--requests N] [--slow-requests N] [--latency MS] [--configuration C]
var options = Args.Parse(args);
var root = Args.RepositoryRoot();
var simDll = Path.Combine(root, "src/Gateway.Simulators.Koha/bin", options.Configuration, "net10.0/Gateway.Simulators.Koha.dll");
var gatewayDll = Path.Combine(root, "src/Gateway.Api/bin", options.Configuration, "net10.0/Gateway.Api.dll");
const string Secret = "bench-secret";
(string Id, string Region, string[] Libraries)[] systems =
[
    ("koha-east", "east-of-england", []), ("koha-london", "london", []), ("koha-midlands", "midlands", []),
    ("koha-north", "north-east", ["NTH1", "NTH2"]), ("koha-southwest", "south-west", ["SW1", "SW2"]),
];
var slowSystem = "koha-southwest";

var simulators = new Dictionary<string, ChildProcess>();
ChildProcess? gateway = null;
ChildProcess? overHttp = null;
var data = Directory.CreateTempSubdirectory("availability-bench-");
try
{
    foreach (var (id, _, libraries) in systems)
    {
        var simArgs = new List<string>
        {
            "--environment", "Production", $"--KohaSimulator:SystemId={id}", "--KohaSimulator:Seed=7", "--KohaSimulator:RecordCount=200",
            "--KohaSimulator:ClientId=gateway", $"--KohaSimulator:ClientSecret={Secret}", "--KohaSimulator:ChangeIntervalSeconds=0",
            "--Logging:LogLevel:Default=Warning",
        };
        for (var i = 0; i < libraries.Length; i++)
        {
            simArgs.AddRange([$"--KohaSimulator:Libraries:{i}:Code={libraries[i]}", $"--KohaSimulator:Libraries:{i}:Name=Library {libraries[i]}", $"--KohaSimulator:Libraries:{i}:Town=Town {i}"]);
        }

        simulators[id] = await ChildProcess.StartAsync(simDll, id, simArgs, new Dictionary<string, string>(), "/_sim/stats");
        if (options.LatencyMs > 0)
        {
            await Fault(simulators[id], new { latencyMs = options.LatencyMs });
        }
    }

    var env = new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Logging__LogLevel__Default"] = "Warning",
        ["Catalogue__ConnectionString"] = $"Data Source={Path.Combine(data.FullName, "catalogue.db")}",
        ["KohaAdapter__StateConnectionString"] = $"Data Source={Path.Combine(data.FullName, "koha-adapter.db")}",
        ["KohaAdapter__SettleTime"] = "00:00:00",
        ["KohaAdapter__PollInterval"] = "00:00:05",
        ["Availability__FreshFor"] = "00:00:00",
        ["Availability__InProcessAdapters"] = options.InProcess ? "true" : "false",
    };
    var key = new GatewayKey();
    key.Configure(env);
    foreach (var (id, region, libraries) in systems)
    {
        env[$"Systems__{id}__BaseUrl"] = simulators[id].BaseUrl.ToString();
        env[$"KohaAdapter__Credentials__{id}__ClientId"] = "gateway";
        env[$"KohaAdapter__Credentials__{id}__ClientSecret"] = Secret;
        if (libraries.Length > 0)
        {
            env[$"Systems__{id}__Name"] = $"{id} (benchmark)";
            env[$"Systems__{id}__Vendor"] = "koha";
            env[$"Systems__{id}__Region"] = region;
            for (var i = 0; i < libraries.Length; i++)
            {
                env[$"Systems__{id}__Libraries__{i}__Code"] = libraries[i];
                env[$"Systems__{id}__Libraries__{i}__Name"] = $"Library {libraries[i]}";
            }
        }
    }

    gateway = await ChildProcess.StartAsync(gatewayDll, "gateway", [], env, "/alive");
    key.PresentTo(gateway.BaseUrl);
    if (options.Compare)
    {
        // The same gateway with its own data, asking its adapters over loopback HTTP: measured beside the first.
        var httpEnv = new Dictionary<string, string>(env)
        {
            ["Catalogue__ConnectionString"] = $"Data Source={Path.Combine(data.FullName, "catalogue-http.db")}",
            ["KohaAdapter__StateConnectionString"] = $"Data Source={Path.Combine(data.FullName, "koha-adapter-http.db")}",
            ["Availability__InProcessAdapters"] = "false",
        };
        overHttp = await ChildProcess.StartAsync(gatewayDll, "gateway-http", [], httpEnv, "/alive");
        key.PresentTo(overHttp.BaseUrl);
    }

    using var http = new HttpClient(key) { Timeout = TimeSpan.FromSeconds(60) };
    var page = systems.SelectMany(s => Enumerable.Range(1, 4).Select(n => $"{s.Id}:{n.ToString(CultureInfo.InvariantCulture)}")).ToArray();
    Console.WriteLine($"Waiting for the catalogue to hold the page's {page.Length} records...");
    foreach (var host in new[] { gateway, overHttp }.OfType<ChildProcess>())
    {
        foreach (var id in page)
        {
            while (true)
            {
                using var response = await http.GetAsync(new Uri(host.BaseUrl, $"api/v1/records/{id}"));
                if (response.IsSuccessStatusCode)
                {
                    break;
                }

                await Task.Delay(250);
            }
        }
    }

    // The records are in, but the item stream's first harvest (every item's holdings and status, each re-clustering
    // its record) may still be flowing through the catalogue: measuring then would time that work, not the page's.
    foreach (var host in new[] { gateway, overHttp }.OfType<ChildProcess>())
    {
        Console.WriteLine($"Settled after {await Settle(http, host):F0} s (no message consumed for 6 s, gateway CPU below 10 % of a core over 2 s)");
    }

    // With --ids cluster the page is the consolidated records of those source records (20 distinct clusters, taking
    // each system's next records when two share one), and the vendor reads it needs are every member's.
    var reads = page;
    if (options.ClusterIds)
    {
        (page, reads) = await ClusterPage(http, gateway, systems.Select(s => s.Id).ToArray(), page.Length);
        Console.WriteLine($"Consolidated records: {page.Length}, held as {reads.Length} source records in {reads.Select(SystemOf).Distinct().Count()} systems");
    }

    var tokens = new Dictionary<string, string>();
    foreach (var (id, simulator) in simulators)
    {
        tokens[id] = await Token(http, simulator);
    }

    // Phase 1: all healthy. Warm up until the gateway's JIT has settled: tiered compilation keeps recompiling the
    // page's hot path (with PGO, in two steps) for tens of seconds, and measuring then times the JIT's thread beside
    // the page. A gateway serving the hub runs warm for days; the steady state is the figure to report.
    var warmUp = Stopwatch.StartNew();
    var warmIterations = 0;
    var jitBefore = await JitCompiledAsync(http, gateway);
    var jitWindow = Stopwatch.StartNew();
    var jitQuiet = false;
    while (!jitQuiet && warmUp.Elapsed < TimeSpan.FromMinutes(3))
    {
        await Page(http, gateway, page);
        if (overHttp is not null)
        {
            await Page(http, overHttp, page);
        }

        await SlowestDirect(http, simulators, tokens, warmIterations, [.. simulators.Keys]);
        await PageDirect(http, simulators, tokens, reads);
        warmIterations++;
        if (warmIterations >= 20 && jitWindow.Elapsed >= TimeSpan.FromSeconds(5))
        {
            var jitNow = await JitCompiledAsync(http, gateway);
            jitQuiet = jitNow - jitBefore < 10;
            (jitBefore, jitWindow) = (jitNow, Stopwatch.StartNew());
        }
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Warmed up: {warmIterations} iterations, {warmUp.Elapsed.TotalSeconds:F0} s ({(jitQuiet ? "the gateway's JIT compiled fewer than 10 methods in the last 5 s" : "the JIT was still compiling after 3 min")})"));
    var jitAtStart = await JitCompiledAsync(http, gateway);

    var viaGateway = new List<double>();
    var viaHttp = new List<double>();
    var direct = new List<double>();
    var pageDirect = new List<double>();
    var incomplete = 0;
    var cpuBefore = gateway.CpuTime;
    var httpCpuBefore = overHttp?.CpuTime ?? TimeSpan.Zero;
    for (var i = 0; i < options.Requests; i++)
    {
        // With a second gateway, the two take turns going first, so neither always follows the direct calls.
        if (overHttp is not null && i % 2 == 1)
        {
            viaHttp.Add((await Page(http, overHttp, page)).Ms);
        }

        var (ms, answer) = await Page(http, gateway, page);
        viaGateway.Add(ms);
        incomplete += answer.GetProperty("complete").GetBoolean() ? 0 : 1;
        if (overHttp is not null && i % 2 == 0)
        {
            viaHttp.Add((await Page(http, overHttp, page)).Ms);
        }

        direct.Add(await SlowestDirect(http, simulators, tokens, i, [.. simulators.Keys]));
        pageDirect.Add(await PageDirect(http, simulators, tokens, reads));
    }

    var cpuPerPage = (gateway.CpuTime - cpuBefore).TotalMilliseconds / options.Requests;
    var jitDuring = await JitCompiledAsync(http, gateway) - jitAtStart;
    var httpCpuPerPage = ((overHttp?.CpuTime ?? TimeSpan.Zero) - httpCpuBefore).TotalMilliseconds / options.Requests;
    Console.WriteLine();
    Console.WriteLine($"Healthy: {page.Length} {(options.ClusterIds ? "consolidated records" : "source records (4 per system)")} x 5 systems, {options.Requests} sequential requests, simulator latency {options.LatencyMs} ms");
    Console.WriteLine($"  through the gateway      {Percentiles.Describe(viaGateway)}  incomplete answers: {incomplete}");
    Console.WriteLine($"  slowest direct call      {Percentiles.Describe(direct)}  (per iteration: max of one GET /biblios/{{id}}/items per system, in parallel)");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio p99 gateway / p99 slowest direct: {Percentiles.Of(viaGateway, 99) / Percentiles.Of(direct, 99):F2} (goal <= 1.2)"));
    Console.WriteLine($"  the page's reads, direct {Percentiles.Describe(pageDirect)}  (per iteration: max of the {reads.Length + reads.Select(SystemOf).Distinct().Count()} vendor calls the page needs, in parallel: per record GET /biblios/{{id}}/items, per system GET /holds by record)");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio p99 gateway / p99 of the page's reads made directly: {Percentiles.Of(viaGateway, 99) / Percentiles.Of(pageDirect, 99):F2}; p50 {Percentiles.Of(viaGateway, 50) / Percentiles.Of(pageDirect, 50):F2}"));
    Console.WriteLine($"  adapters asked {(options.InProcess ? "in process" : "over loopback HTTP")} (Availability:InProcessAdapters={options.InProcess})");
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  gateway CPU per page (user + system, over the measured requests): {cpuPerPage:F1} ms; methods the gateway's JIT compiled meanwhile: {jitDuring}"));
    if (overHttp is not null)
    {
        Console.WriteLine($"  second gateway, adapters over loopback HTTP, same iterations: {Percentiles.Describe(viaHttp)}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ratio p99 (HTTP gateway) / p99 slowest direct: {Percentiles.Of(viaHttp, 99) / Percentiles.Of(direct, 99):F2}"));
        var paired = viaGateway.Zip(viaHttp, (a, b) => b - a).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  HTTP minus in-process, paired per iteration: p50 {Percentiles.Of(paired, 50):F1} ms, mean {paired.Average():F1} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  second gateway's CPU per page: {httpCpuPerPage:F1} ms"));
    }

    if (options.Stages > 0)
    {
        await Stages.MeasureAsync(http, gateway.BaseUrl, page, reads, options.Stages, () => SlowestDirect(http, simulators, tokens, 0, [.. simulators.Keys]));
    }

    if (options.SlowRequests == 0)
    {
        return 0;
    }

    // Phase 2: one system slowed to 10 s.
    await Fault(simulators[slowSystem], new { latencyMs = 10_000 });
    var slowed = new List<double>();
    var othersLive = 0;
    var outcomes = new Dictionary<string, int>();
    for (var i = 0; i < options.SlowRequests; i++)
    {
        var (ms, answer) = await Page(http, gateway, page);
        slowed.Add(ms);
        var libraries = answer.GetProperty("records").EnumerateArray().SelectMany(r => r.GetProperty("libraries").EnumerateArray()).ToList();
        othersLive += libraries.Where(l => l.GetProperty("systemId").GetString() != slowSystem).All(l => l.GetProperty("freshness").GetString() == "live") ? 1 : 0;
        var outcome = answer.GetProperty("systems").EnumerateArray().Single(s => s.GetProperty("systemId").GetString() == slowSystem).GetProperty("outcome").GetString()!;
        outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
    }

    Console.WriteLine();
    Console.WriteLine($"{slowSystem} slowed to 10 s (deadline 2000 ms), {options.SlowRequests} sequential requests");
    Console.WriteLine($"  through the gateway      {Percentiles.Describe(slowed)}  (goal p99 <= 2050 ms)");
    Console.WriteLine($"  answers with every other system's libraries live: {othersLive}/{options.SlowRequests}");
    Console.WriteLine($"  {slowSystem} outcomes: {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}");
    return 0;
}
finally
{
    if (gateway is not null)
    {
        await gateway.DisposeAsync();
    }

    if (overHttp is not null)
    {
        await overHttp.DisposeAsync();
    }

    foreach (var simulator in simulators.Values)
    {
        await simulator.DisposeAsync();
    }

    data.Delete(recursive: true);
}

static async Task<(double Ms, JsonElement Answer)> Page(HttpClient http, ChildProcess gateway, string[] page)
{
    var watch = Stopwatch.StartNew();
    using var response = await http.PostAsJsonAsync(new Uri(gateway.BaseUrl, "api/v1/availability"), new { ids = page });
    var text = await response.Content.ReadAsStringAsync();
    var ms = watch.Elapsed.TotalMilliseconds;
    response.EnsureSuccessStatusCode();
    return (ms, JsonDocument.Parse(text).RootElement.Clone());
}

static async Task<double> SlowestDirect(HttpClient http, Dictionary<string, ChildProcess> simulators, Dictionary<string, string> tokens, int iteration, string[] ids)
{
    var record = (iteration % 4) + 1;
    var times = await Task.WhenAll(ids.Select(id => TimedGet(http, simulators[id], tokens[id], $"api/v1/biblios/{record}/items?_per_page=1000", "transfer")));
    return times.Max();
}

// One vendor GET with the system's token (and an x-koha-embed when given), read to the end: its milliseconds.
static async Task<double> TimedGet(HttpClient http, ChildProcess simulator, string token, string path, string? embed)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(simulator.BaseUrl, path));
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    if (embed is not null)
    {
        request.Headers.Add("x-koha-embed", embed);
    }

    var watch = Stopwatch.StartNew();
    using var response = await http.SendAsync(request);
    await response.Content.ReadAsByteArrayAsync();
    response.EnsureSuccessStatusCode();
    return watch.Elapsed.TotalMilliseconds;
}

// The vendor reads a page needs, made directly and all at once: what the adapters send for it (decision 0015) — per
// record its items with the transfer embed, per system one /holds call for the holds on the shelf or in transit.
static async Task<double> PageDirect(HttpClient http, Dictionary<string, ChildProcess> simulators, Dictionary<string, string> tokens, string[] page)
{
    var calls = page.Select(id => (System: SystemOf(id), Path: $"api/v1/biblios/{VendorIdOf(id)}/items?_per_page=1000", Embed: (string?)"transfer"))
        .Concat(page.GroupBy(SystemOf).Select(g =>
        {
            var q = JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["biblio_id"] = new Dictionary<string, object> { ["-in"] = g.Select(id => long.Parse(VendorIdOf(id), CultureInfo.InvariantCulture)).ToArray() },
                ["status"] = new Dictionary<string, object> { ["-in"] = (string[])["W", "T"] },
            });
            return (System: g.Key, Path: $"api/v1/holds?_per_page=1000&q={Uri.EscapeDataString(q)}", Embed: (string?)null);
        }));
    var times = await Task.WhenAll(calls.Select(call => TimedGet(http, simulators[call.System], tokens[call.System], call.Path, call.Embed)));
    return times.Max();
}

// The page's consolidated records: the clusters of each system's records 1, 2, … in turn until there are as many
// distinct ones as the source page had; and their members, the source records the service will ask for.
static async Task<(string[] Page, string[] Reads)> ClusterPage(HttpClient http, ChildProcess gateway, string[] systemIds, int size)
{
    var clusters = new List<string>();
    var members = new SortedSet<string>(StringComparer.Ordinal);
    for (var n = 1; clusters.Count < size && n <= 200; n++)
    {
        foreach (var system in systemIds)
        {
            if (clusters.Count == size)
            {
                break;
            }

            var provenance = await http.GetFromJsonAsync<JsonElement>(new Uri(gateway.BaseUrl, $"api/v1/records/{system}:{n}/provenance"));
            var cluster = provenance.GetProperty("clusterId").GetString()!;
            if (clusters.Contains(cluster))
            {
                continue;
            }

            clusters.Add(cluster);
            var ofCluster = await http.GetFromJsonAsync<JsonElement>(new Uri(gateway.BaseUrl, $"api/v1/records/{cluster}/provenance"));
            foreach (var member in ofCluster.GetProperty("members").EnumerateArray())
            {
                members.Add(member.GetProperty("sourceId").GetString()!);
            }
        }
    }

    return ([.. clusters], [.. members]);
}

static string SystemOf(string sourceId) => sourceId[..sourceId.IndexOf(':', StringComparison.Ordinal)];

static string VendorIdOf(string sourceId) => sourceId[(sourceId.IndexOf(':', StringComparison.Ordinal) + 1)..];

// Settled: the catalogue's consumers have handled nothing new for three scrapes in a row (6 s: the item stream's
// first harvest comes in runs) and the gateway used under 10 % of a core over the last 2 s.
static async Task<double> Settle(HttpClient http, ChildProcess gateway)
{
    var started = Stopwatch.StartNew();
    var last = -1L;
    var unchanged = 0;
    while (started.Elapsed < TimeSpan.FromMinutes(5))
    {
        var before = gateway.CpuTime;
        await Task.Delay(TimeSpan.FromSeconds(2));
        var consumed = await ConsumedAsync(http, gateway);
        unchanged = consumed == last ? unchanged + 1 : 0;
        last = consumed;
        if (unchanged >= 3 && (gateway.CpuTime - before).TotalMilliseconds < 200)
        {
            break;
        }
    }

    return started.Elapsed.TotalSeconds;
}

// Messages the gateway's consumers have handled so far (MassTransit's consume duration histogram counts, summed).
static Task<long> ConsumedAsync(HttpClient http, ChildProcess gateway) =>
    MetricSumAsync(http, gateway, "messaging_masstransit_consume_duration_milliseconds_count");

// Methods the gateway's JIT has compiled so far (the runtime's own meter, exported on /metrics).
static Task<long> JitCompiledAsync(HttpClient http, ChildProcess gateway) =>
    MetricSumAsync(http, gateway, "dotnet_jit_compiled_methods_total");

// The sum over the label sets of one metric on the gateway's /metrics (Prometheus text).
static async Task<long> MetricSumAsync(HttpClient http, ChildProcess gateway, string metric)
{
    var text = await http.GetStringAsync(new Uri(gateway.BaseUrl, "metrics"));
    return text.Split('\n')
        .Where(line => line.StartsWith(metric, StringComparison.Ordinal) && line.Length > metric.Length && line[metric.Length] is '{' or ' ')
        .Sum(line => (long)double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}


static async Task<string> Token(HttpClient http, ChildProcess simulator)
{
    using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "gateway", ["client_secret"] = Secret });
    using var response = await http.PostAsync(new Uri(simulator.BaseUrl, "api/v1/oauth/token"), form);
    response.EnsureSuccessStatusCode();
    return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString()!;
}

static async Task Fault(ChildProcess simulator, object faults)
{
    using var http = new HttpClient();
    using var response = await http.PostAsJsonAsync(new Uri(simulator.BaseUrl, "_sim/faults"), faults);
    response.EnsureSuccessStatusCode();
}
