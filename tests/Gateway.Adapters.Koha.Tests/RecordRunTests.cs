using System.Globalization;
using System.Net.Http.Json;
using Gateway.Adapters.Koha.Harvesting;
using Gateway.Adapters.Koha.Vendor;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>
/// Record runs (decision 0014) over real HTTP against the Koha simulator: several pages with the next one prefetched,
/// the checkpoint saved at the end of the run, and a failing page ending the run with what it published kept.
/// </summary>
public sealed class RecordRunTests : IAsyncLifetime
{
    private const int Records = 150;
    private const int PageSize = 40;
    private SimulatorRun _run = null!;

    public ValueTask InitializeAsync()
    {
        _run = SimulatorRun.Start(Records, "koha-adapter");
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _run.DisposeAsync();

    [Fact]
    public async Task One_run_publishes_every_record_once_in_keyset_order_and_saves_the_checkpoint_at_its_end()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, settings: Cadence(pages: 100, interval: "00:10:00"));

        var (position, read) = await rig.Harvester.HarvestRecordRunAsync(rig.System, null, CancellationToken.None);

        var published = rig.PublishedChanges();
        Assert.Equal(Records, read);
        Assert.Equal(Records, published.Count);
        Assert.Equal(Records, published.Select(m => m.VendorRecordId).Distinct().Count());
        var keys = published.Select(m => (m.SourceTimestamp, long.Parse(m.VendorRecordId, CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(keys.Order(), keys); // the prefetch never reorders: pages go out in keyset order
        AssertOneMessageAPage(rig.PublishedPages());
        var last = published[^1];
        Assert.Equal(new HarvestPosition(last.SourceTimestamp, last.VendorRecordId), position);
        Assert.Equal(position, await rig.Checkpoints.GetAsync("koha-east", HarvestStreams.Records, CancellationToken.None));
        Assert.Equal((position, 0), await rig.Harvester.HarvestRecordRunAsync(rig.System, position, CancellationToken.None));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_run_never_has_more_calls_out_with_Koha_than_its_read_ahead_allows(int readAhead)
    {
        var settings = Cadence(pages: 100, interval: "00:10:00");
        settings["KohaAdapter:ReadAheadPages"] = readAhead.ToString(CultureInfo.InvariantCulture);
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, settings: settings);
        await rig.Harvester.HarvestRecordRunAsync(rig.System, null, CancellationToken.None); // the token, warm paths
        await _run.Koha.SetFaultsAsync(new { latencyMs = 50 }); // every call lasts long enough to overlap the next
        await _run.Koha.ResetStatsAsync();

        var (_, read) = await rig.Harvester.HarvestRecordRunAsync(rig.System, null, CancellationToken.None);

        var stats = await _run.Koha.StatsAsync();
        await _run.Koha.ClearFaultsAsync();
        Assert.Equal(Records, read);
        // At most readAhead + 1 MARCXML fetches and one list at once (the harvest's own checkpoint reads are local).
        Assert.InRange(stats.GetProperty("peakConcurrentCalls").GetInt64(), 1, readAhead + 2);
    }

    [Fact]
    public async Task A_run_ends_after_the_configured_pages_with_its_checkpoint_so_a_crash_rereads_at_most_that_many()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, settings: Cadence(pages: 2, interval: "00:10:00"));

        var (first, read) = await rig.Harvester.HarvestRecordRunAsync(rig.System, null, CancellationToken.None);

        Assert.Equal(2 * PageSize, read);
        Assert.Equal(2 * PageSize, rig.PublishedChanges().Count);
        Assert.Equal(first, await rig.Checkpoints.GetAsync("koha-east", HarvestStreams.Records, CancellationToken.None));

        var runs = await rig.HarvestAllRecordsAsync(first, run: true);
        Assert.Equal(1, runs); // 70 left: one run of two pages (40 and 30), then a run that finds nothing
        Assert.Equal(Records, rig.PublishedChanges().Select(m => m.VendorRecordId).Distinct().Count());
        Assert.Equal(Records, rig.PublishedChanges().Count);
    }

    [Fact]
    public async Task With_no_checkpoint_interval_every_run_is_one_page()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, settings: Cadence(pages: 100, interval: "00:00:00"));

        var (position, read) = await rig.Harvester.HarvestRecordRunAsync(rig.System, null, CancellationToken.None);

        Assert.Equal(PageSize, read);
        Assert.Equal(position, await rig.Checkpoints.GetAsync("koha-east", HarvestStreams.Records, CancellationToken.None));
    }

    [Fact]
    public async Task A_failing_page_ends_the_run_with_the_published_pages_checkpointed_and_fails_the_next_run()
    {
        var lists = 0;
        var broken = true;
        // The third list request and every later one answer with a cut body while broken; MARC pages are untouched.
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, uri =>
                uri.Query.Contains("_order_by", StringComparison.Ordinal) && Interlocked.Increment(ref lists) >= 3 && Volatile.Read(ref broken) ? 0.5 : null,
            Cadence(pages: 100, interval: "00:10:00"));

        var (position, read) = await rig.Harvester.HarvestRecordRunAsync(rig.System, null, CancellationToken.None);

        Assert.Equal(2 * PageSize, read);
        Assert.Equal(2 * PageSize, rig.PublishedChanges().Count);
        Assert.Equal(position, await rig.Checkpoints.GetAsync("koha-east", HarvestStreams.Records, CancellationToken.None));
        await Assert.ThrowsAsync<KohaApiException>(() => rig.Harvester.HarvestRecordRunAsync(rig.System, position, CancellationToken.None));
        Assert.Equal(position, await rig.Checkpoints.GetAsync("koha-east", HarvestStreams.Records, CancellationToken.None));

        Volatile.Write(ref broken, false);
        await rig.HarvestAllRecordsAsync(position, run: true);
        var ids = rig.PublishedChanges().Select(m => m.VendorRecordId).ToList();
        Assert.Equal(Records, ids.Count);
        Assert.Equal(Records, ids.Distinct().Count());
    }

    [Fact]
    public async Task Rate_limited_and_dropped_answers_during_runs_lose_nothing_and_publish_nothing_twice()
    {
        await using var rig = await AdapterRig.StartAsync(_run.Simulator, _run.State, _run.Secret, settings: Cadence(pages: 100, interval: "00:10:00"));
        using (var faults = await _run.Simulator.CreateClient().PostAsJsonAsync(
            new Uri("/_sim/faults", UriKind.Relative), new { status429Rate = 0.3, retryAfterSeconds = 1, connectionDropRate = 0.1, routes = new[] { "biblios" } }))
        {
            faults.EnsureSuccessStatusCode();
        }

        HarvestPosition? position = null;
        for (var pass = 0; pass < 60; pass++)
        {
            try
            {
                (position, var read) = await rig.Harvester.HarvestRecordRunAsync(rig.System, position, CancellationToken.None);
                if (read == 0)
                {
                    break;
                }
            }
            catch (Exception e) when (e is KohaApiException or HttpRequestException or Polly.Timeout.TimeoutRejectedException)
            {
                // the worker backs off and starts the next run from the same position
            }
        }

        using (var clear = await _run.Simulator.CreateClient().DeleteAsync(new Uri("/_sim/faults", UriKind.Relative)))
        {
            clear.EnsureSuccessStatusCode();
        }

        var ids = rig.PublishedChanges().Select(m => m.VendorRecordId).ToList();
        Assert.Equal(Records, ids.Distinct().Count());
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    /// <summary>One message a page (decision 0024): full pages, then the rest; one system and one correlation id each.</summary>
    private static void AssertOneMessageAPage(List<Contracts.BibliographicRecordsChanged> pages)
    {
        Assert.Equal([PageSize, PageSize, PageSize, Records - (3 * PageSize)], pages.Select(p => p.Records.Count));
        Assert.All(pages, p => Assert.All(p.Records, r =>
        {
            Assert.Equal(p.SystemId, r.SystemId);
            Assert.Equal(p.CorrelationId, r.CorrelationId);
        }));
        Assert.Equal(pages.Count, pages.Select(p => p.CorrelationId).Distinct().Count());
        Assert.All(pages, p => Assert.Equal("koha-east", p.SystemId));
    }

    private static Dictionary<string, string?> Cadence(int pages, string interval) => new()
    {
        ["KohaAdapter:CheckpointEveryPages"] = pages.ToString(CultureInfo.InvariantCulture),
        ["KohaAdapter:CheckpointInterval"] = interval,
    };
}
