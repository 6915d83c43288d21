using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Gateway.Catalogue.Search;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Gateway.Catalogue.Tests.SearchRecords;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// On SQLite the catalogue's frequent writers queue for one write turn instead of sleeping 150 ms on a locked database
/// (decision 0044): first come, first served; on PostgreSQL every turn is granted at once.
/// </summary>
public sealed class WriteTurnsTests
{
    /// <summary>Long enough for a batch or a page to finish on a loaded machine had it not waited for its turn.</summary>
    private static readonly TimeSpan WouldHaveFinished = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task With_one_writer_turns_are_taken_one_at_a_time_in_the_order_asked()
    {
        using var turns = new WriteTurns(oneWriter: true);
        var ct = TestContext.Current.CancellationToken;
        var first = await turns.TakeAsync(WriteTurns.IngestPage, ct);
        var second = turns.TakeAsync(WriteTurns.IngestPage, ct).AsTask();
        var third = turns.TakeAsync(WriteTurns.IngestPage, ct).AsTask();
        Assert.False(second.IsCompleted);
        Assert.False(third.IsCompleted);

        first.Dispose();
        first.Dispose(); // ending a turn twice does not hand out a second turn
        using (await second.WaitAsync(TimeSpan.FromSeconds(10), ct))
        {
            Assert.False(third.IsCompleted);
        }

        (await third.WaitAsync(TimeSpan.FromSeconds(10), ct)).Dispose();
        using var again = await turns.TakeAsync(WriteTurns.IngestPage, ct).AsTask().WaitAsync(TimeSpan.FromSeconds(10), ct);
    }

    [Fact]
    public async Task Where_the_database_locks_rows_every_turn_is_granted_at_once()
    {
        using var turns = new WriteTurns(oneWriter: false);
        var ct = TestContext.Current.CancellationToken;
        using var first = await turns.TakeAsync(WriteTurns.IngestPage, ct);
        var second = turns.TakeAsync(WriteTurns.IngestPage, ct);
        Assert.True(second.IsCompleted);
        (await second).Dispose();
    }

    [Fact]
    public async Task How_long_each_writer_waited_for_its_turn_and_held_it_is_measured()
    {
        // Writer names of this test alone: the meter is process-wide and other tests take turns meanwhile.
        string holder = $"holder-{Guid.NewGuid():N}", waiter = $"waiter-{Guid.NewGuid():N}";
        using var measured = new TurnMeasurements(holder, waiter);
        using var turns = new WriteTurns(oneWriter: true);
        var ct = TestContext.Current.CancellationToken;

        var first = await turns.TakeAsync(holder, ct);
        var second = turns.TakeAsync(waiter, ct).AsTask();
        await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10), ct)).Dispose();

        Assert.Single(measured.Of("wait", holder));
        Assert.InRange(Assert.Single(measured.Of("held", holder)), 190, double.MaxValue);
        Assert.InRange(Assert.Single(measured.Of("wait", waiter)), 190, double.MaxValue); // it waited for the holder
        Assert.Single(measured.Of("held", waiter));
    }

    [Fact]
    public async Task Where_every_turn_is_granted_at_once_nothing_is_measured()
    {
        var writer = $"writer-{Guid.NewGuid():N}";
        using var measured = new TurnMeasurements(writer);
        using var turns = new WriteTurns(oneWriter: false);
        (await turns.TakeAsync(writer, TestContext.Current.CancellationToken)).Dispose();

        Assert.Empty(measured.Of("wait", writer));
        Assert.Empty(measured.Of("held", writer));
    }

    [Fact]
    public async Task A_search_batch_waits_for_the_write_turn_in_progress_and_runs_when_it_ends()
    {
        await using var catalogue = await CatalogueHarness.StartAsync();
        await catalogue.PublishAndConsumeAsync(Book("koha-east", "1", "Zebrafish cardiology", [OaiRecords.Isbn(1)]));
        var turns = catalogue.Services.GetRequiredService<WriteTurns>();
        var ct = TestContext.Current.CancellationToken;

        Task<int> drain;
        using (await turns.TakeAsync(WriteTurns.IngestPage, ct))
        {
            drain = catalogue.DrainSearchAsync();
            await Task.Delay(WouldHaveFinished, ct);
            Assert.False(drain.IsCompleted);
            Assert.Single(await catalogue.QueryAsync(db => db.SearchDirtyClusters.ToListAsync(ct)));
        }

        Assert.Equal(1, await drain.WaitAsync(TimeSpan.FromSeconds(15), ct));
        Assert.Empty(await catalogue.QueryAsync(db => db.SearchDirtyClusters.ToListAsync(ct)));
        Assert.Single(await catalogue.QueryAsync(db => db.ClusterSearch.ToListAsync(ct)));
    }

    [Fact]
    public async Task A_page_waits_for_the_write_turn_in_progress_and_is_stored_when_it_ends()
    {
        await using var catalogue = await CatalogueHarness.StartAsync();
        var turns = catalogue.Services.GetRequiredService<WriteTurns>();
        var ct = TestContext.Current.CancellationToken;
        var page = new BibliographicRecordsChanged
        {
            SystemId = "koha-east", CorrelationId = Guid.NewGuid(),
            Records = [Book("koha-east", "1", "Zebrafish cardiology", [OaiRecords.Isbn(1)]), Book("koha-east", "2", "Tropical medicine", [OaiRecords.Isbn(2)])],
        };

        Task consumed;
        using (await turns.TakeAsync(WriteTurns.IngestPage, ct))
        {
            consumed = catalogue.PublishAndConsumeAsync(page);
            await Task.Delay(WouldHaveFinished, ct);
            Assert.False(consumed.IsCompleted);
            Assert.Empty(await catalogue.QueryAsync(db => db.SourceRecords.ToListAsync(ct)));
        }

        await consumed;
        Assert.Equal(2, await catalogue.QueryAsync(db => db.SourceRecords.CountAsync(ct)));
    }

    // The write-turn histograms' measurements (milliseconds) for the given writers.
    private sealed class TurnMeasurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Instrument, string Writer, double Ms)> _seen = new();

        public TurnMeasurements(params string[] writers)
        {
            _listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Gateway" && instrument.Name.StartsWith("gateway.catalogue.write_turn.", StringComparison.Ordinal))
                {
                    l.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((instrument, ms, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "writer" && tag.Value is string writer && writers.Contains(writer))
                    {
                        _seen.Enqueue((instrument.Name, writer, ms));
                    }
                }
            });
            _listener.Start();
        }

        public List<double> Of(string what, string writer) =>
            [.. _seen.Where(m => m.Instrument == $"gateway.catalogue.write_turn.{what}" && m.Writer == writer).Select(m => m.Ms)];

        public void Dispose() => _listener.Dispose();
    }
}
