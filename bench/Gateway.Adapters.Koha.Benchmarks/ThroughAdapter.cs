using System.Diagnostics;
using Gateway.Adapters.Koha.Harvesting;
using Gateway.Adapters.Koha.Mapping;
using Gateway.Adapters.Koha.State;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;
using Gateway.Marc;
using Gateway.Messaging;
using Gateway.Systems;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gateway.Adapters.Koha.Benchmarks;

/// <summary>
/// (b) "Through the adapter": the real <see cref="KohaHarvester"/> wired as <c>AddKohaAdapter</c> does, with the
/// production resilience handler on its HttpClient, its checkpoints in a real SQLite file, and a real MassTransit bus
/// on the in-memory transport whose only consumer counts the records it receives (a page a message, decision 0024).
/// </summary>
internal sealed class ThroughAdapter : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _stateDir;

    private ThroughAdapter(IHost host, string stateDir)
    {
        _host = host;
        _stateDir = stateDir;
    }

    public KohaHarvester Harvester => _host.Services.GetRequiredService<KohaHarvester>();

    public RegionalSystem KohaSystem => _host.Services.GetRequiredService<ISystemsRegistry>().Find("koha-east")!;

    /// <summary>
    /// Starts the adapter and its bus; the bus writes compact JSON as the gateway's does (<c>UseCompactJson</c>, decision
    /// 0028) unless <paramref name="indentedJson"/> asks for MassTransit's default, for a side-by-side measurement.
    /// </summary>
    /// <param name="simulator">The Koha simulator's process.</param>
    /// <param name="pageSize">Records a page.</param>
    /// <param name="indentedJson">MassTransit's default indented JSON instead of compact.</param>
    /// <param name="publishOnly">
    /// No consumer in this process: the records are counted as the bus accepts each page (a publish observer), as in the
    /// distributed mode, where the catalogue reads them from RabbitMQ in its own process. The default counts them in an
    /// in-process consumer, as the embedded default's catalogue would read them (its reading is then on this machine's
    /// clock too).
    /// </param>
    /// <param name="jsonBus">
    /// The bus writes each page as MassTransit's JSON and the consumer reads it back (the embedded default before
    /// decision 0040; what RabbitMQ carries in the distributed mode). Without it the bus is the embedded default's
    /// (<c>UsingEmbeddedBus</c>, the same call <c>AddGatewayMessaging</c> makes): the page handed over as the object.
    /// </param>
    public static async Task<ThroughAdapter> StartAsync(SimulatorProcess simulator, int pageSize, bool indentedJson = false, bool publishOnly = false, bool jsonBus = false)
    {
        var stateDir = Directory.CreateTempSubdirectory("koha-adapter-bench-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Systems:koha-east:Name"] = "East",
            ["Systems:koha-east:Vendor"] = "koha",
            ["Systems:koha-east:Region"] = "east-of-england",
            ["Systems:koha-east:BaseUrl"] = simulator.BaseUrl.ToString(),
            ["Systems:koha-east:Libraries:0:Code"] = "ADD",
            ["Systems:koha-east:Libraries:0:Name"] = "Addenbrooke's",
            ["KohaAdapter:PageSize"] = pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["KohaAdapter:SettleTime"] = "00:00:00",
            ["KohaAdapter:StateConnectionString"] = $"Data Source={Path.Combine(stateDir, "koha-adapter.db")}",
            ["KohaAdapter:Credentials:koha-east:ClientId"] = SimulatorProcess.ClientId,
            ["KohaAdapter:Credentials:koha-east:ClientSecret"] = SimulatorProcess.ClientSecret,
        });
        builder.AddKohaAdapter();
        // As in production (service defaults): the standard resilience handler on every HttpClient.
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        // The harness drives the harvester itself; the worker would harvest alongside it.
        var worker = builder.Services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(KohaHarvestWorker));
        builder.Services.Remove(worker);
        builder.Services.AddSingleton<ReceivedCounter>();
        builder.Services.AddMassTransit(bus =>
        {
            if (!publishOnly)
            {
                bus.AddConsumer<CountingConsumer>();
                bus.AddConsumer<CountingPageConsumer>();
            }

            if (!jsonBus)
            {
                bus.UsingEmbeddedBus();
                return;
            }

            bus.UsingInMemory((context, cfg) =>
            {
                if (!indentedJson)
                {
                    cfg.UseCompactJson();
                }

                if (publishOnly)
                {
                    cfg.ConnectPublishObserver(new CountingPublishObserver(context.GetRequiredService<ReceivedCounter>()));
                }

                cfg.ConfigureEndpoints(context);
            });
        });
        var host = builder.Build();
        await host.StartAsync(); // migrates the state database, starts the bus
        return new ThroughAdapter(host, stateDir);
    }

    public ReceivedCounter Received => _host.Services.GetRequiredService<ReceivedCounter>();

    /// <summary>A full load from the start: pages until caught up, then waits until the consumer has every record.</summary>
    public async Task<int> HarvestAllAsync()
    {
        var system = KohaSystem;
        var harvester = Harvester;
        Received.Reset();
        HarvestPosition? position = null;
        var read = 0;
        while (true)
        {
            (position, var page) = await harvester.HarvestRecordRunAsync(system, position, CancellationToken.None);
            if (page == 0)
            {
                break;
            }

            read += page;
        }

        await Received.WaitForAsync(read, TimeSpan.FromMinutes(2));
        return read;
    }

    /// <summary>
    /// The harvester's steps taken one by one with the adapter's own parts (same calls, same order, the checkpoint once
    /// a run), each timed: where a full load's time goes. Not the measured path (no prefetch: the stages run one after
    /// the other, and fetch and parse are timed apart); a profile of it.
    /// </summary>
    public async Task<StageTimes> ProfileStagesAsync()
    {
        var services = _host.Services;
        var api = services.GetRequiredService<KohaApiClient>();
        var checkpoints = services.GetRequiredService<CheckpointStore>();
        var bus = services.GetRequiredService<IBus>();
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Options.KohaAdapterOptions>>().Value;
        var system = KohaSystem;
        var times = new StageTimes();
        Received.Reset();
        HarvestPosition? position = null;
        var pages = 0;
        var total = Stopwatch.StartNew();
        var watch = new Stopwatch();

        // As the harvester does: the checkpoint once a run (CheckpointEveryPages pages), not once a page.
        async Task TimeCheckpointAsync()
        {
            watch.Restart();
            var before = GC.GetTotalAllocatedBytes(precise: false);
            await checkpoints.SaveAsync(system.Id, "records", position!, CancellationToken.None);
            times.Checkpoint += watch.Elapsed;
            times.CheckpointBytes += GC.GetTotalAllocatedBytes(precise: false) - before;
        }
        while (true)
        {
            watch.Restart();
            var before = GC.GetTotalAllocatedBytes(precise: false);
            var keys = await api.ListChangedAsync(system, position, DateTimeOffset.UtcNow, options.PageSize, CancellationToken.None);
            times.List += watch.Elapsed;
            times.ListBytes += GC.GetTotalAllocatedBytes(precise: false) - before;
            if (keys.Count == 0)
            {
                break;
            }

            watch.Restart();
            before = GC.GetTotalAllocatedBytes(precise: false);
            var body = await api.GetMarcXmlAsync(system, [.. keys.Select(k => k.BiblioId)], CancellationToken.None);
            times.Fetch += watch.Elapsed;
            times.FetchBytes += GC.GetTotalAllocatedBytes(precise: false) - before;

            watch.Restart();
            before = GC.GetTotalAllocatedBytes(precise: false);
            // As KohaMarcFetcher reads a page (decision 0031): into views of its bytes, mapped from them below.
            using var view = MarcXmlViewPage.TryRead(body) ?? throw new InvalidOperationException("the simulator's page is outside the scanner's subset");
            var records = new Dictionary<long, int>();
            for (var i = 0; i < view.Count; i++)
            {
                if (KohaRecordMapper.BiblioId(view, i) is { } id)
                {
                    records[id] = i;
                }
            }

            times.Parse += watch.Elapsed;
            times.ParseBytes += GC.GetTotalAllocatedBytes(precise: false) - before;

            watch.Restart();
            before = GC.GetTotalAllocatedBytes(precise: false);
            var correlationId = NewId.NextGuid();
            var messages = new List<BibliographicRecordChanged>(keys.Count);
            foreach (var key in keys)
            {
                messages.Add(KohaRecordMapper.ToChanged(system.Id, key.BiblioId, key.Timestamp, KohaRecordMapper.Map(view, records[key.BiblioId]), correlationId));
            }

            times.Map += watch.Elapsed;
            times.MapBytes += GC.GetTotalAllocatedBytes(precise: false) - before;

            watch.Restart();
            before = GC.GetTotalAllocatedBytes(precise: false);
            await bus.Publish(new BibliographicRecordsChanged { SystemId = system.Id, CorrelationId = correlationId, Records = messages });
            times.Publish += watch.Elapsed;
            times.PublishBytes += GC.GetTotalAllocatedBytes(precise: false) - before;

            var last = keys[^1];
            position = new HarvestPosition(last.Timestamp.ToUniversalTime(), last.BiblioId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            times.Records += keys.Count;
            if (++pages % options.CheckpointEveryPages == 0)
            {
                await TimeCheckpointAsync();
            }
        }

        if (pages % options.CheckpointEveryPages != 0 && position is not null)
        {
            await TimeCheckpointAsync(); // the end of the last run
        }

        watch.Restart();
        await Received.WaitForAsync(times.Records, TimeSpan.FromMinutes(2));
        times.Drain = watch.Elapsed;
        times.Total = total.Elapsed;
        return times;
    }

    /// <summary>
    /// (c) The bus alone, a message a record (as the adapter published before decision 0024; kept as the reference):
    /// the messages of the first page, mapped once, published again and again with <c>PublishBatch</c> until
    /// <paramref name="records"/> were delivered to the counting consumer — what publishing onto the in-memory
    /// transport and consuming costs without any harvesting. The harness measures time, CPU and allocation.
    /// </summary>
    public async Task<int> PublishOnlyAsync(int records)
    {
        var services = _host.Services;
        var system = KohaSystem;
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Options.KohaAdapterOptions>>().Value;
        var keys = await services.GetRequiredService<KohaApiClient>().ListChangedAsync(system, null, DateTimeOffset.UtcNow, options.PageSize, CancellationToken.None);
        var fetched = await services.GetRequiredService<KohaMarcFetcher>().FetchAsync(system, keys, CancellationToken.None);
        var messages = keys.Select(k => KohaRecordMapper.ToChanged(system.Id, k.BiblioId, k.Timestamp, fetched[k.BiblioId].Record!, NewId.NextGuid())).ToList();
        var bus = services.GetRequiredService<IBus>();
        Received.Reset();
        var sent = 0;
        while (sent < records)
        {
            var batch = messages.Take(records - sent).ToList();
            await bus.PublishBatch(batch);
            sent += batch.Count;
        }

        await Received.WaitForAsync(sent, TimeSpan.FromMinutes(2));
        return Received.Count;
    }

    /// <summary>
    /// (d) As (c), but each page travels as one <see cref="BibliographicRecordsChanged"/>, as the adapter publishes it:
    /// what the bus itself costs of (b). With <paramref name="doubleQuotedAttributes"/> (e), the MARCXML is written
    /// with its attributes in double quotes, as before decision 0024 (the same XML), so every JSON string of it holds
    /// escapes: what those escapes cost.
    /// </summary>
    public async Task<int> PublishPagesOnlyAsync(int records, bool doubleQuotedAttributes = false)
    {
        var services = _host.Services;
        var system = KohaSystem;
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Options.KohaAdapterOptions>>().Value;
        var keys = await services.GetRequiredService<KohaApiClient>().ListChangedAsync(system, null, DateTimeOffset.UtcNow, options.PageSize, CancellationToken.None);
        var fetched = await services.GetRequiredService<KohaMarcFetcher>().FetchAsync(system, keys, CancellationToken.None);
        var messages = keys.Select(k => KohaRecordMapper.ToChanged(system.Id, k.BiblioId, k.Timestamp, fetched[k.BiblioId].Record!, NewId.NextGuid())).ToList();
        if (doubleQuotedAttributes)
        {
            messages = [.. messages.Select(m => m with { MarcXml = MarcXmlWriter.ToXml(MarcXmlReader.ParseRecord(m.MarcXml!)) })];
        }

        var size = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(
            new BibliographicRecordsChanged { SystemId = system.Id, CorrelationId = NewId.NextGuid(), Records = messages },
            MassTransit.Serialization.SystemTextJsonMessageSerializer.Options).Length;
        Console.WriteLine($"  a page of {messages.Count} records as the bus's serializer writes the message (without the envelope): {size:N0} bytes");
        var bus = services.GetRequiredService<IBus>();
        Received.Reset();
        var sent = 0;
        while (sent < records)
        {
            var page = new BibliographicRecordsChanged { SystemId = system.Id, CorrelationId = NewId.NextGuid(), Records = messages.Take(records - sent).ToList() };
            await bus.Publish(page);
            sent += page.Records.Count;
        }

        await Received.WaitForAsync(sent, TimeSpan.FromMinutes(2));
        return Received.Count;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_stateDir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal sealed class StageTimes
{
    public int Records { get; set; }
    public TimeSpan List { get; set; }
    public TimeSpan Fetch { get; set; }
    public TimeSpan Parse { get; set; }
    public TimeSpan Map { get; set; }
    public TimeSpan Publish { get; set; }
    public TimeSpan Checkpoint { get; set; }
    public TimeSpan Drain { get; set; }
    public TimeSpan Total { get; set; }
    public long ListBytes { get; set; }
    public long FetchBytes { get; set; }
    public long ParseBytes { get; set; }
    public long MapBytes { get; set; }
    public long PublishBytes { get; set; }
    public long CheckpointBytes { get; set; }
}

/// <summary>How many changed records the bus has delivered since the last reset, alone or in pages.</summary>
internal sealed class ReceivedCounter
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Increment() => Interlocked.Increment(ref _count);

    public void Add(int count) => Interlocked.Add(ref _count, count);

    public void Reset() => Interlocked.Exchange(ref _count, 0);

    public async Task WaitForAsync(int expected, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (Count < expected && watch.Elapsed < timeout)
        {
            await Task.Delay(1);
        }
    }
}

/// <summary>Counts the records of each page: the adapter's messages ((b), (d) and the stages).</summary>
internal sealed class CountingPageConsumer(ReceivedCounter counter) : IConsumer<BibliographicRecordsChanged>
{
    public Task Consume(ConsumeContext<BibliographicRecordsChanged> context)
    {
        counter.Add(context.Message.Records.Count);
        return Task.CompletedTask;
    }
}

/// <summary>Counts the records of every page and single record the bus has accepted (<c>--publish-only</c>).</summary>
internal sealed class CountingPublishObserver(ReceivedCounter counter) : IPublishObserver
{
    public Task PrePublish<T>(PublishContext<T> context) where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context) where T : class
    {
        switch (context.Message)
        {
            case BibliographicRecordsChanged page: counter.Add(page.Records.Count); break;
            case BibliographicRecordChanged: counter.Increment(); break;
        }

        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}

/// <summary>Counts single records ((c) only): nothing else, so the measured cost is the publish's.</summary>
internal sealed class CountingConsumer(ReceivedCounter counter) : IConsumer<BibliographicRecordChanged>
{
    public Task Consume(ConsumeContext<BibliographicRecordChanged> context)
    {
        counter.Increment();
        return Task.CompletedTask;
    }
}
