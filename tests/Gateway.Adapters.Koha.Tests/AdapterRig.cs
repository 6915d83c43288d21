using Gateway.Adapters.Koha.Harvesting;
using Gateway.Adapters.Koha.State;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;
using Gateway.Systems;
using Gateway.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>
/// The Koha adapter wired as in production (<c>AddKohaAdapter</c>), its HTTP going to the in-process simulator and its
/// messages to MassTransit's test harness; the adapter's state in a real SQLite file that outlives one rig, so a
/// second rig over the same file is a restart.
/// </summary>
internal sealed class AdapterRig : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public AdapterRig(
        SimulatorFactory simulator, string statePath, string secret, Func<Uri, double?>? corrupt = null,
        IDictionary<string, string?>? settings = null, Action<IBusRegistrationConfigurator>? bus = null)
    {
        var builder = Host.CreateApplicationBuilder();
        var configuration = AdapterTestSettings.EastSystem(simulator, statePath, secret);
        configuration["KohaAdapter:PageSize"] = "40";
        configuration["KohaAdapter:WatermarkTimeout"] = "00:00:00.300";
        builder.Configuration.AddInMemoryCollection(configuration);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.AddKohaAdapter();
        // As in production (service defaults): the standard resilience handler, which honours Retry-After.
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        builder.Services.AddHttpClient(KohaApiClient.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => simulator.Server.CreateHandler())
            .AddHttpMessageHandler(() => new CorruptingHandler(corrupt ?? (_ => null)));
        // The tests drive the harvester page by page; the production worker would harvest alongside them
        // (the harness starts every hosted service).
        var worker = builder.Services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(KohaHarvestWorker));
        builder.Services.Remove(worker);
        builder.Services.AddMassTransitTestHarness(x => bus?.Invoke(x));
        _provider = builder.Services.BuildServiceProvider();
    }

    public ITestHarness Harness => _provider.GetRequiredService<ITestHarness>();

    public KohaHarvester Harvester => _provider.GetRequiredService<KohaHarvester>();

    public KohaItemHarvester Items => _provider.GetRequiredService<KohaItemHarvester>();

    public StartPositionResolver Starts => _provider.GetRequiredService<StartPositionResolver>();

    public KohaOaiHarvester Oai => _provider.GetRequiredService<KohaOaiHarvester>();

    public Availability.KohaLiveAvailability Availability => _provider.GetRequiredService<Availability.KohaLiveAvailability>();

    public CheckpointStore Checkpoints => _provider.GetRequiredService<CheckpointStore>();

    public RegionalSystem System => _provider.GetRequiredService<ISystemsRegistry>().Find("koha-east")!;

    public static async Task<AdapterRig> StartAsync(
        SimulatorFactory simulator, string statePath, string secret, Func<Uri, double?>? corrupt = null,
        IDictionary<string, string?>? settings = null, Action<IBusRegistrationConfigurator>? bus = null)
    {
        var rig = new AdapterRig(simulator, statePath, secret, corrupt, settings, bus);
        await using (var db = await rig._provider.GetRequiredService<IDbContextFactory<AdapterStateDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        await rig.Harness.Start();
        return rig;
    }

    /// <summary>
    /// Harvests until caught up, one page a call (or one run a call, as the worker does, when <paramref name="run"/>);
    /// returns how many calls read something.
    /// </summary>
    public async Task<int> HarvestAllRecordsAsync(HarvestPosition? start = null, bool run = false)
    {
        var position = start;
        var pages = 0;
        while (true)
        {
            (position, var read) = run
                ? await Harvester.HarvestRecordRunAsync(System, position, CancellationToken.None)
                : await Harvester.HarvestRecordsAsync(System, position, CancellationToken.None);
            if (read == 0)
            {
                return pages;
            }

            pages++;
        }
    }

    /// <summary>Harvests item pages from a position until caught up; returns the final position.</summary>
    public async Task<HarvestPosition?> HarvestAllItemsAsync(HarvestPosition? start = null)
    {
        var position = start;
        while (true)
        {
            (position, var read) = await Items.HarvestItemsAsync(System, position, CancellationToken.None);
            if (read == 0)
            {
                return position;
            }
        }
    }

    /// <summary>
    /// The changed records published, one entry a record in publish order (pages flattened). The adapter publishes
    /// pages only (decision 0024): a single <see cref="BibliographicRecordChanged"/> from it fails the test.
    /// </summary>
    public List<BibliographicRecordChanged> PublishedChanges()
    {
        Assert.Empty(Harness.PublishedSoFar<BibliographicRecordChanged>());
        return PublishedRecordChanges.Of(Harness);
    }

    /// <summary>The pages of changed records published, in publish order.</summary>
    public List<BibliographicRecordsChanged> PublishedPages() => PublishedRecordChanges.Pages(Harness);

    public async Task<List<SkippedRecord>> SkippedAsync()
    {
        await using var db = await _provider.GetRequiredService<IDbContextFactory<AdapterStateDbContext>>().CreateDbContextAsync();
        return await db.SkippedRecords.AsNoTracking().ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
    }
}
