using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Testing;

namespace Gateway.IntegrationTests;

/// <summary>
/// The distributed mode for real: a Koha simulator, the adapter host, the catalogue host (with the availability
/// service) and the gateway, each its own process, the parts talking over a private RabbitMQ virtual host and the
/// gateway routing to the catalogue host with YARP (records, OAI-PMH, availability).
/// The catalogue keeps its store in PostgreSQL (a database of its own on the server <c>scripts/test.sh</c> starts), as
/// a distributed deployment does; in SQLite when no server was started and services are not required.
/// </summary>
internal sealed class DistributedSystem : IAsyncDisposable
{
    public const string SystemId = "koha-east";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-it-").FullName;
    private readonly string _secret = Convert.ToHexString(Guid.NewGuid().ToByteArray());

    /// <summary>The simulator's client secret for this run (random; the test asks Koha directly with it).</summary>
    public string Secret => _secret;
    private readonly string _virtualHost;
    private readonly List<ProcessHost> _processes = [];
    private PostgreSqlTestDatabase? _catalogueDatabase;

    private DistributedSystem(string virtualHost, int recordCount)
    {
        _virtualHost = virtualHost;
        RecordCount = recordCount;
        Http = new HttpClient(new GatewayKeyHandler(Gateway, DefaultKey)) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public int RecordCount { get; }

    public Uri Simulator { get; } = FreePort.NextHttpUrl();

    public Uri Catalogue { get; } = FreePort.NextHttpUrl();

    public Uri Gateway { get; } = FreePort.NextHttpUrl();

    public Uri Adapter { get; } = FreePort.NextHttpUrl();

    public ProcessHost? AdapterProcess { get; private set; }

    /// <summary>
    /// Calls anything; presents <see cref="DefaultKey"/> (client <c>it-default</c>, roles hub and operator) to the gateway
    /// when the request carries no credentials of its own.
    /// </summary>
    public HttpClient Http { get; }

    /// <summary>The key of client <c>it-hub</c> (role hub) of this run's gateway.</summary>
    public string HubKey { get; } = GatewayApiKeys.NewKey();

    /// <summary>The key of client <c>it-default</c> (roles hub and operator) of this run's gateway.</summary>
    public string DefaultKey { get; } = GatewayApiKeys.NewKey();

    public static async Task<DistributedSystem> StartAsync(string virtualHost, int recordCount)
    {
        var system = new DistributedSystem(virtualHost, recordCount);
        await system.StartSimulatorAsync();
        await system.StartCatalogueAsync();
        await system.StartAdapterAsync();
        await system.StartGatewayAsync();
        return system;
    }

    public async Task StartAdapterAsync()
    {
        var env = Common();
        env["KohaAdapter__Credentials__koha-east__ClientId"] = "gateway";
        env["KohaAdapter__Credentials__koha-east__ClientSecret"] = _secret;
        env["KohaAdapter__StateConnectionString"] = $"Data Source={Path.Combine(_data, "adapter.db")}";
        env["KohaAdapter__PollInterval"] = "00:00:00.500";
        env["KohaAdapter__SettleTime"] = "00:00:01";
        AdapterProcess = await StartAsync("Gateway.Adapters.Koha.Host", env, Adapter, "/alive");
    }

    public async Task StopAdapterAsync()
    {
        if (AdapterProcess is not null)
        {
            await AdapterProcess.StopAsync(TimeSpan.FromSeconds(10));
            _processes.Remove(AdapterProcess);
            await AdapterProcess.DisposeAsync();
            AdapterProcess = null;
        }
    }

    /// <summary>Applies change ticks in the simulator now; returns the changes it reports.</summary>
    public async Task<JsonElement> AdvanceSimulatorAsync(int ticks, int changes)
    {
        using var response = await Http.PostAsync(new Uri(Simulator, $"/_sim/advance?ticks={ticks}&changes={changes}"), null);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>Sets the simulator's faults (<c>POST /_sim/faults</c>); <c>DELETE</c> when null.</summary>
    public async Task FaultSimulatorAsync(object? faults)
    {
        using var response = faults is null
            ? await Http.DeleteAsync(new Uri(Simulator, "/_sim/faults"))
            : await Http.PostAsJsonAsync(new Uri(Simulator, "/_sim/faults"), faults);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Every source record of the system the gateway's search lists (each consolidated record held by the system, its
    /// sources of that system), following cursors.
    /// </summary>
    public async Task<List<string>> ListAllSourceIdsAsync()
    {
        var ids = new List<string>();
        var next = $"/api/v1/records?system={SystemId}&limit=200";
        while (next is not null)
        {
            var page = await Http.GetFromJsonAsync<JsonElement>(new Uri(Gateway, next));
            ids.AddRange(page.GetProperty("items").EnumerateArray()
                .SelectMany(hit => hit.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!))
                .Where(id => id.StartsWith(SystemId + ":", StringComparison.Ordinal)));
            next = page.GetProperty("next").ValueKind == JsonValueKind.String ? page.GetProperty("next").GetString() : null;
        }

        return ids;
    }

    public string Describe() => string.Join("\n\n", _processes.Select(p => p.Describe(40)));

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }

        Http.Dispose();
        if (_catalogueDatabase is not null)
        {
            await _catalogueDatabase.DisposeAsync();
        }

        Directory.Delete(_data, recursive: true);
    }

    private async Task StartSimulatorAsync()
    {
        var env = new Dictionary<string, string>
        {
            ["KohaSimulator__SystemId"] = SystemId,
            ["KohaSimulator__Seed"] = "11",
            ["KohaSimulator__RecordCount"] = RecordCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["KohaSimulator__ClientId"] = "gateway",
            ["KohaSimulator__ClientSecret"] = _secret,
            ["KohaSimulator__ChangeIntervalSeconds"] = "0",
        };
        await StartAsync("Gateway.Simulators.Koha", env, Simulator, "/_sim/stats");
    }

    private async Task StartCatalogueAsync()
    {
        var env = Common();
        if (PostgreSqlTestServer.ConnectionString is not null || RabbitMqTestNode.ServicesRequired)
        {
            _catalogueDatabase = await PostgreSqlTestServer.CreateDatabaseAsync("catalogue_it");
            env["Catalogue__Provider"] = "PostgreSql";
            env["Catalogue__ConnectionString"] = _catalogueDatabase.ConnectionString;
        }
        else
        {
            env["Catalogue__ConnectionString"] = $"Data Source={Path.Combine(_data, "catalogue.db")}";
        }

        // The availability service runs here (decision 0026) and asks the adapter host; every request asks live
        // (FreshFor 0), and the circuit stays closed while a test polls a failing system (it would open after 10 calls).
        env["Availability__AdapterUrls__koha"] = Adapter.ToString();
        env["Availability__FreshFor"] = "00:00:00";
        env["Availability__CircuitMinimumThroughput"] = "1000";
        await StartAsync("Gateway.Catalogue.Host", env, Catalogue, "/alive");
    }

    private async Task StartGatewayAsync()
    {
        var env = Common();
        env["Modules__Catalogue"] = "false";
        env["Modules__KohaAdapter"] = "false";
        env["Modules__Availability"] = "false";
        env["ReverseProxy__Routes__records__ClusterId"] = "catalogue";
        env["ReverseProxy__Routes__records__Match__Path"] = "/api/v1/records/{**rest}";
        env["ReverseProxy__Routes__availability__ClusterId"] = "catalogue";
        env["ReverseProxy__Routes__availability__Match__Path"] = "/api/v1/availability";
        env["ReverseProxy__Routes__oai__ClusterId"] = "catalogue";
        env["ReverseProxy__Routes__oai__Match__Path"] = "/oai";
        env["ReverseProxy__Routes__reconciliation__ClusterId"] = "catalogue";
        env["ReverseProxy__Routes__reconciliation__Match__Path"] = "/api/v1/ops/reconciliation/{**rest}";
        env["ReverseProxy__Clusters__catalogue__Destinations__main__Address"] = Catalogue.ToString();
        foreach (var (key, value) in GatewayApiKeys.ClientEnvironment("it-hub", HubKey, "hub")
            .Concat(GatewayApiKeys.ClientEnvironment("it-default", DefaultKey, "hub", "operator")))
        {
            env[key] = value;
        }

        await StartAsync("Gateway.Api", env, Gateway, "/alive");
    }

    private Dictionary<string, string> Common() => new()
    {
        ["Messaging__Transport"] = "RabbitMq",
        ["Messaging__RabbitMq__Host"] = RabbitMqTestNode.Host,
        ["Messaging__RabbitMq__Port"] = RabbitMqTestNode.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Messaging__RabbitMq__VirtualHost"] = _virtualHost,
        ["Messaging__RabbitMq__Username"] = RabbitMqTestNode.User,
        ["Messaging__RabbitMq__Password"] = RabbitMqTestNode.Password,
        ["Systems__koha-east__Name"] = "East of England (test)",
        ["Systems__koha-east__Vendor"] = "koha",
        ["Systems__koha-east__Region"] = "east-of-england",
        ["Systems__koha-east__BaseUrl"] = Simulator.ToString(),
        ["Systems__koha-east__Libraries__0__Code"] = "ADD",
        ["Systems__koha-east__Libraries__0__Name"] = "Addenbrooke's",
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
    };

    private async Task<ProcessHost> StartAsync(string project, Dictionary<string, string> env, Uri url, string readyPath)
    {
        var process = ProcessHost.StartDotnet(project, env, "--urls", url.ToString().TrimEnd('/'));
        _processes.Add(process);
        await process.WaitForHttpAsync(new Uri(url, readyPath), StartTimeout);
        return process;
    }
}
