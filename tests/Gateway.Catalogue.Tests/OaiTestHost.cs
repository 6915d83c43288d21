using System.Xml.Linq;
using Gateway.Messaging;
using Gateway.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Gateway.Catalogue.Options;
using Gateway.Catalogue.Storage;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// The catalogue module in a real Kestrel host on a free loopback port (so outside harvesters can reach it), its SQLite
/// file in a temp folder, MassTransit's test harness in place of the bus: records arrive through the real consumers.
/// Without the harness (<c>testHarness: false</c>) the bus is the embedded default's, as <c>AddGatewayMessaging</c>
/// sets it up (decision 0040).
/// </summary>
internal sealed class OaiTestHost : IAsyncDisposable
{
    /// <summary>Two regions, three systems, libraries with names: the registry the tests' sets come from.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Systems = new Dictionary<string, string?>
    {
        ["Systems:koha-east:Name"] = "East (Koha)", ["Systems:koha-east:Vendor"] = "koha", ["Systems:koha-east:Region"] = "east-of-england",
        ["Systems:koha-east:BaseUrl"] = "http://127.0.0.1:1", ["Systems:koha-east:Libraries:0:Code"] = "ADD",
        ["Systems:koha-east:Libraries:0:Name"] = "Addenbrooke's", ["Systems:koha-east:Libraries:1:Code"] = "NNUH",
        ["Systems:koha-east:Libraries:1:Name"] = "Norfolk and Norwich",
        ["Systems:koha-london:Name"] = "London (Koha)", ["Systems:koha-london:Vendor"] = "koha", ["Systems:koha-london:Region"] = "london",
        ["Systems:koha-london:BaseUrl"] = "http://127.0.0.1:2", ["Systems:koha-london:Libraries:0:Code"] = "BARTS",
        ["Systems:koha-london:Libraries:0:Name"] = "Barts Health",
        ["Systems:koha-midlands:Name"] = "Midlands (Koha)", ["Systems:koha-midlands:Vendor"] = "koha", ["Systems:koha-midlands:Region"] = "midlands",
        ["Systems:koha-midlands:BaseUrl"] = "http://127.0.0.1:3", ["Systems:koha-midlands:Libraries:0:Code"] = "UHB",
        ["Systems:koha-midlands:Libraries:0:Name"] = "University Hospitals Birmingham",
    };

    private readonly WebApplication _app;
    private readonly string _folder;
    private PostgreSqlTestDatabase? _postgres;

    private OaiTestHost(WebApplication app, string folder, Uri baseUri)
    {
        _app = app;
        _folder = folder;
        BaseUri = baseUri;
        Http = new HttpClient { BaseAddress = baseUri };
    }

    /// <summary>The host's root, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUri { get; }

    public Uri OaiUri => new(BaseUri, "oai");

    public HttpClient Http { get; }

    public ITestHarness Harness => _app.Services.GetRequiredService<ITestHarness>();

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<OaiTestHost> StartAsync(
        IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? clock = null, bool withSystems = true, string store = CatalogueOptions.Sqlite,
        bool testHarness = true, Action<IServiceCollection>? services = null)
    {
        var postgres = store == CatalogueOptions.PostgreSql ? await PostgreSqlTestServer.CreateDatabaseAsync("oai", TestContext.Current.CancellationToken) : null;
        var folder = Path.Combine(Path.GetTempPath(), "catalogue-oai-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var config = new Dictionary<string, string?>(withSystems ? Systems : new Dictionary<string, string?>())
        {
            ["Catalogue:Provider"] = store,
            ["Catalogue:ConnectionString"] = postgres?.ConnectionString ?? $"Data Source={Path.Combine(folder, "catalogue.db")}",
            ["Oai:RepositoryIdentifier"] = "hub.test.example",
            ["Oai:PageSize"] = "3",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(config);
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.AddCatalogue();
        builder.AddGatewayMessaging();
        if (testHarness)
        {
            builder.Services.AddMassTransitTestHarness(); // the harness's own in-memory bus, with JSON
        }

        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapCatalogue();
        await app.StartAsync();
        return new OaiTestHost(app, folder, new Uri($"http://127.0.0.1:{port}/")) { _postgres = postgres };
    }

    /// <summary>Publishes and waits until the consumer has handled this very message.</summary>
    public Task ConsumeAsync<T>(T message) where T : class => HarnessPublishing.PublishAndConsumeAsync(Harness, message);

    /// <summary>GET /oai?query and the parsed response.</summary>
    public async Task<XDocument> GetAsync(string query)
    {
        using var response = await Http.GetAsync(new Uri($"oai?{query}", UriKind.Relative));
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    public async Task<T> QueryAsync<T>(Func<CatalogueDbContext, Task<T>> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CatalogueDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // a file still open on a slow disposal: the temp folder is cleaned by the OS
        }
    }
}
