using Gateway.Catalogue.Clustering;
using Gateway.Catalogue.Consumers;
using Gateway.Catalogue.Options;
using Gateway.Catalogue.Oai;
using Gateway.Catalogue.Search;
using Gateway.Catalogue.Storage;
using Gateway.Testing;
using MassTransit;
using MassTransit.Testing;
using Gateway.Systems;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// The catalogue's consumers on MassTransit's test harness, over a real SQLite file or a real PostgreSQL database
/// (a fresh one per test on the server <c>scripts/test.sh</c> starts).
/// </summary>
internal sealed class CatalogueHarness : IAsyncDisposable
{
    private readonly string _path;
    private readonly bool _ownsFile;
    private readonly PostgreSqlTestDatabase? _postgres;
    private readonly ServiceProvider _provider;

    private CatalogueHarness(PostgreSqlTestDatabase? postgres, TimeProvider? clock, string? sqlitePath)
    {
        _postgres = postgres;
        _ownsFile = sqlitePath is null;
        _path = sqlitePath ?? Path.Combine(Path.GetTempPath(), $"catalogue-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        if (postgres is null)
        {
            services.AddDbContext<CatalogueDbContext>(o => o.UseSqlite($"Data Source={_path}"));
        }
        else
        {
            services.AddDbContext<CatalogueDbContext, PostgreSqlCatalogueDbContext>(o => o.UseNpgsql(postgres.ConnectionString));
        }

        _provider = services
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(OaiTestHost.Systems).Build())
            .AddSystemsRegistry()
            .AddOaiProvider()
            .AddClusterSearch()
            .AddCatalogueIngest()
            .AddSingleton(new WriteTurns(oneWriter: postgres is null))
            .AddMassTransitTestHarness(x => x.AddCatalogueConsumers())
            .BuildServiceProvider(validateScopes: true);
    }

    public ITestHarness Harness => _provider.GetRequiredService<ITestHarness>();

    /// <summary>The harness's services (singletons such as the search refresher).</summary>
    public IServiceProvider Services => _provider;

    /// <summary>
    /// Starts on a fresh database; with <paramref name="sqlitePath"/>, on that SQLite file, which is left in place on
    /// dispose (for a test that opens it again).
    /// </summary>
    public static async Task<CatalogueHarness> StartAsync(string store = CatalogueOptions.Sqlite, TimeProvider? clock = null, string? sqlitePath = null)
    {
        var postgres = store == CatalogueOptions.PostgreSql
            ? await PostgreSqlTestServer.CreateDatabaseAsync("catalogue", TestContext.Current.CancellationToken)
            : null;
        var harness = new CatalogueHarness(postgres, clock, sqlitePath);
        await using (var scope = harness._provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CatalogueDbContext>().Database.MigrateAsync();
        }

        await harness.Harness.Start();
        return harness;
    }

    /// <summary>Publishes and waits until the consumer has handled this very message.</summary>
    public Task PublishAndConsumeAsync<T>(T message) where T : class => HarnessPublishing.PublishAndConsumeAsync(Harness, message);

    /// <summary>Publishes and waits until the consumer is done with this very message, however it ended.</summary>
    public Task<IReceivedMessage<T>> PublishAndWaitAsync<T>(T message) where T : class => HarnessPublishing.PublishAndWaitAsync(Harness, message);

    /// <summary>Runs <paramref name="work"/> in a unit of work of its own, as a consumer would, outside the bus.</summary>
    public async Task InScopeAsync(Func<IServiceProvider, Task> work)
    {
        await using var scope = _provider.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    /// <summary>Writes the search rows of everything ingested so far (the second stage of decision 0030; no background service here).</summary>
    public Task<int> DrainSearchAsync() => _provider.GetRequiredService<ClusterSearchRefresher>().DrainAsync(TestContext.Current.CancellationToken);

    public async Task<T> QueryAsync<T>(Func<CatalogueDbContext, Task<T>> query)
    {
        await using var scope = _provider.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CatalogueDbContext>());
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }

        foreach (var file in _ownsFile ? new[] { _path, _path + "-wal", _path + "-shm" } : [])
        {
            File.Delete(file);
        }
    }
}
