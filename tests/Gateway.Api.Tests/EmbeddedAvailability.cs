using System.Net.Http.Json;
using System.Text.Json;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Availability.Adapters;
using Gateway.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Api.Tests;

/// <summary>
/// The embedded gateway with the Koha adapter, the catalogue and the availability service over two Koha simulators
/// (<c>koha-east</c>, <c>koha-london</c>; midlands disabled). The availability service asks the Koha adapter in process
/// (the embedded default, decision 0027) or, with <see cref="OverHttp"/>, calls the adapter route of the same gateway
/// through its resilient HTTP client (in-process server handler), as the distributed mode calls the adapter host; the
/// route calls that client makes are counted (<see cref="AdapterRouteCalls"/>).
/// </summary>
internal sealed class EmbeddedAvailability : IAsyncDisposable
{
    public static readonly string[] Systems = ["koha-east", "koha-london"];

    private int _adapterRouteCalls;

    private EmbeddedAvailability(string secret, int records, IReadOnlyDictionary<string, string?>? settings)
    {
        Simulators = Systems.ToDictionary(id => id, id => new KohaSimulatorFactory(records, secret, new Dictionary<string, string> { ["KohaSimulator:SystemId"] = id }));
        var all = new Dictionary<string, string?>
        {
            ["Modules:KohaAdapter"] = "true",
            ["Systems:koha-midlands:Enabled"] = "false",
            ["KohaAdapter:PageSize"] = "50",
            ["KohaAdapter:SettleTime"] = "00:00:00",
            ["KohaAdapter:PollInterval"] = "00:00:00.500",
            ["Availability:FreshFor"] = "00:00:00",
        };
        foreach (var id in Systems)
        {
            all[$"Systems:{id}:BaseUrl"] = $"http://{id}/";
            all[$"KohaAdapter:Credentials:{id}:ClientId"] = "gateway";
            all[$"KohaAdapter:Credentials:{id}:ClientSecret"] = secret;
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        Gateway = GatewayFactory.With(all, services =>
        {
            services.AddHttpClient(KohaApiClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() =>
                new HostRoutingHandler(Simulators.ToDictionary(p => p.Key, p => p.Value.Server.CreateHandler())));
            services.AddHttpClient(AdapterClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() =>
                new CountingHandler(() => Interlocked.Increment(ref _adapterRouteCalls)) { InnerHandler = Gateway!.Server.CreateHandler() });
        });
    }

    public IReadOnlyDictionary<string, KohaSimulatorFactory> Simulators { get; }

    public GatewayFactory Gateway { get; }

    /// <summary>Calls the availability service made to the adapter route over HTTP (none when it asks in process).</summary>
    public int AdapterRouteCalls => Volatile.Read(ref _adapterRouteCalls);

    /// <summary>Settings that make the availability service ask the adapter over HTTP (true) or in process (false), plus <paramref name="more"/>.</summary>
    public static Dictionary<string, string?> OverHttp(bool http, IReadOnlyDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(more ?? new Dictionary<string, string?>()) { ["Availability:InProcessAdapters"] = http ? "false" : "true" };
        return settings;
    }

    public static EmbeddedAvailability Start(string secret, int records = 12, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(secret, records, settings);

    /// <summary>Waits until the catalogue has these source records with their holdings.</summary>
    public async Task HarvestedAsync(params string[] sourceIds)
    {
        var client = Gateway.CreateClient();
        foreach (var id in sourceIds)
        {
            await Eventually.AssertAsync(async () =>
            {
                using var response = await client.GetAsync(new Uri($"/api/v1/records/{id}", UriKind.Relative));
                return response.IsSuccessStatusCode
                    && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("holdings").GetArrayLength() > 0;
            }, TimeSpan.FromSeconds(60), $"{id} harvested with holdings");
        }
    }

    /// <summary>Sets a simulator's faults (<c>POST /_sim/faults</c>).</summary>
    public async Task FaultAsync(string systemId, object faults)
    {
        using var response = await Simulators[systemId].CreateClient().PostAsJsonAsync(new Uri("/_sim/faults", UriKind.Relative), faults);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>How many calls of a route kind (e.g. <c>biblio_items</c>) the simulator has served.</summary>
    public async Task<long> CallsAsync(string systemId, string kind)
    {
        var stats = await Simulators[systemId].CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/_sim/stats", UriKind.Relative));
        return stats.GetProperty("calls").TryGetProperty(kind, out var count) ? count.GetInt64() : 0;
    }

    /// <summary>How many calls of every route kind the simulator has served.</summary>
    public async Task<long> AllCallsAsync(string systemId)
    {
        var stats = await Simulators[systemId].CreateClient().GetFromJsonAsync<JsonElement>(new Uri("/_sim/stats", UriKind.Relative));
        return stats.GetProperty("calls").EnumerateObject().Sum(kind => kind.Value.GetInt64());
    }

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        foreach (var simulator in Simulators.Values)
        {
            await simulator.DisposeAsync();
        }
    }
}
