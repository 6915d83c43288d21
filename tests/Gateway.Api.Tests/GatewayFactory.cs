using System.Net.Http.Headers;
using Gateway.Api.Auth;
using Gateway.Catalogue.Search;
using Gateway.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gateway.Api.Tests;

/// <summary>
/// The gateway in-process, for one test or one test class:
/// <list type="bullet">
/// <item>its SQLite files in a fresh temp folder, deleted on dispose;</item>
/// <item>the Koha adapter module off (the adapter has its own suite, against the simulator) unless a test turns it on;</item>
/// <item>three clients with random keys made for this instance (<see cref="HubKey"/>, <see cref="OperatorKey"/> and
/// <see cref="DefaultKey"/>, the last with both roles and presented by <c>CreateClient()</c>, so tests not about access
/// call as before; <see cref="CreateClientWithKey"/> and <see cref="CreateAnonymousClient"/> for the others);</item>
/// <item>MassTransit's test harness in place of the app's bus: <c>AddMassTransitTestHarness</c> in
/// <c>ConfigureTestServices</c> swaps the transport for the harness's in-memory one and keeps the consumers the
/// modules registered, so the catalogue consumes what a test publishes and the harness records it.</item>
/// </list>
/// </summary>
public sealed class GatewayFactory : WebApplicationFactory<Program>
{
    /// <summary>
    /// Ingest is one ordered queue, so a message waits for everything published before it: after a full load's records
    /// (a few pages, decision 0024) are stored, its items' hundreds of holdings and availability messages can still be
    /// ahead, which takes tens of seconds on a crowded machine.
    /// </summary>
    private static readonly TimeSpan ConsumeTimeout = TimeSpan.FromSeconds(90);

    private readonly Dictionary<string, string?> _settings;

    public GatewayFactory()
    {
        Folder = Path.Combine(Path.GetTempPath(), "gateway-api-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        CatalogueConnectionString = $"Data Source={Path.Combine(Folder, "catalogue.db")}";
        AdapterStateConnectionString = $"Data Source={Path.Combine(Folder, "koha-adapter.db")}";
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Catalogue:ConnectionString"] = CatalogueConnectionString,
            ["KohaAdapter:StateConnectionString"] = AdapterStateConnectionString,
            ["Modules:Catalogue"] = "true",
            ["Modules:KohaAdapter"] = "false",
            ["Gateway:Auth:Clients:test-hub:KeyHash"] = ClientKeys.HashHex(HubKey),
            ["Gateway:Auth:Clients:test-hub:Roles:0"] = "hub",
            ["Gateway:Auth:Clients:test-operator:KeyHash"] = ClientKeys.HashHex(OperatorKey),
            ["Gateway:Auth:Clients:test-operator:Roles:0"] = "operator",
            ["Gateway:Auth:Clients:test-default:KeyHash"] = ClientKeys.HashHex(DefaultKey),
            ["Gateway:Auth:Clients:test-default:Roles:0"] = "hub",
            ["Gateway:Auth:Clients:test-default:Roles:1"] = "operator",
        };
    }

    /// <summary>The key of client <c>test-hub</c> (role hub).</summary>
    public string HubKey { get; } = ClientKeys.NewKey();

    /// <summary>The key of client <c>test-operator</c> (role operator).</summary>
    public string OperatorKey { get; } = ClientKeys.NewKey();

    /// <summary>The key of client <c>test-default</c> (roles hub and operator), presented by <c>CreateClient()</c>.</summary>
    public string DefaultKey { get; } = ClientKeys.NewKey();

    /// <summary>A client presenting no key.</summary>
    public HttpClient CreateAnonymousClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    /// <summary>A client presenting this key as <c>Authorization: Bearer</c>.</summary>
    public HttpClient CreateClientWithKey(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>The temp folder holding this instance's databases.</summary>
    public string Folder { get; }

    public string CatalogueConnectionString { get; }

    public string AdapterStateConnectionString { get; }

    /// <summary>More test services, applied after the harness (e.g. the Koha client's handler).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>The harness observing the bus (starts the server when it has not started yet).</summary>
    public ITestHarness Harness => Services.GetRequiredService<ITestHarness>();

    /// <summary>A factory whose configuration also has (or, with a null value, clears) these settings.</summary>
    public static GatewayFactory With(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? testServices = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var factory = new GatewayFactory { TestServices = testServices };
        foreach (var (key, value) in settings)
        {
            factory._settings[key] = value;
        }

        return factory;
    }

    /// <summary>A factory with no client configured (<c>Gateway:Auth:Clients</c> empty), in this host environment.</summary>
    public static GatewayFactory WithoutClients(string environment)
    {
        var factory = new GatewayFactory { EnvironmentName = environment };
        foreach (var key in factory._settings.Keys.Where(k => k.StartsWith("Gateway:Auth:", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            factory._settings.Remove(key);
        }

        return factory;
    }

    /// <summary>The host environment; WebApplicationFactory's default (Development) when null.</summary>
    public string? EnvironmentName { get; init; }

    /// <summary>
    /// Publishes on the bus and waits until a consumer has handled this very message, without error, and until the search
    /// rows of what it changed are written.
    /// </summary>
    /// <remarks>The harness's own <c>Consumed.Any</c> stops waiting once the bus has been idle, so this polls.</remarks>
    public async Task PublishAndConsumeAsync<T>(T message) where T : class
    {
        var harness = Harness;
        var id = NewId.NextGuid();
        await harness.Bus.Publish(message, context => context.MessageId = id, TestContext.Current.CancellationToken);
        var consumed = await Eventually.GetAsync(
            () => Task.FromResult(harness.ConsumedSoFar<T>(m => m.Context.MessageId == id) is [var first, ..] ? first : null),
            m => m is not null,
            ConsumeTimeout,
            $"{typeof(T).Name} {id} consumed",
            TimeSpan.FromMilliseconds(20),
            TestContext.Current.CancellationToken);
        Assert.Null(consumed!.Exception);

        // Search rows follow ingest in a second stage (decision 0030): what was consumed is searchable once it ran.
        if (Services.GetService<ClusterSearchRefresher>() is { } search)
        {
            await search.DrainAsync(TestContext.Current.CancellationToken);
        }
    }

    protected override void ConfigureClient(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", DefaultKey);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (EnvironmentName is not null)
        {
            builder.UseEnvironment(EnvironmentName);
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddMassTransitTestHarness();
            TestServices?.Invoke(services);
        });
    }

    private IHost? _host;

    protected override IHost CreateHost(IHostBuilder builder)
    {
        _host = base.CreateHost(builder);
        return _host;
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            await BusStartedAsync();
            await base.DisposeAsync();
        }
        catch (NullReferenceException e) when (e.StackTrace?.Contains("MassTransit.Transports.ReceiveEndpoint.Stop", StringComparison.Ordinal) == true)
        {
            // MassTransit 8.5's in-memory endpoint can still throw this from its own Stop after the bus reported healthy
            // (seen in two CI runs, in tests of ~100-200 ms). A teardown race inside MassTransit, not the gateway's: the
            // host is disposed by hand, as WebApplicationFactory would have after a clean stop.
            _host?.Dispose();
        }
        finally
        {
            DeleteFolder();
        }
    }

    /// <summary>
    /// Lets the bus finish starting before the host stops it: MassTransit 8 can throw a NullReferenceException from
    /// <c>ReceiveEndpoint.Stop</c> when an endpoint is stopped before it has started (seen once in CI, in a test that
    /// took 110 ms from start to disposal).
    /// </summary>
    private async Task BusStartedAsync()
    {
        if (_host?.Services.GetService<IBusControl>() is not { } bus)
        {
            return;
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (bus.CheckHealth().Status != BusHealthStatus.Healthy && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(20);
        }
    }

    private void DeleteFolder()
    {
        // Only this instance's pools: other factories run in parallel.
        SqliteConnection.ClearPool(new SqliteConnection(CatalogueConnectionString));
        SqliteConnection.ClearPool(new SqliteConnection(AdapterStateConnectionString));
        for (var attempt = 1; Directory.Exists(Folder); attempt++)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException) when (attempt < 10)
            {
                Thread.Sleep(100 * attempt); // a connection closing on another thread may still hold a file
            }
        }
    }
}
