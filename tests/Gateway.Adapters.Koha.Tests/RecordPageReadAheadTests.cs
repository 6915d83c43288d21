using System.Collections.Concurrent;
using Gateway.Adapters.Koha.Harvesting;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Testing;

namespace Gateway.Adapters.Koha.Tests;

/// <summary>
/// Reading a run's pages ahead (decision 0031) hands them over in keyset order, lists each page after the previous
/// page's last key, stops after a short page or when the run may not go on, hands a failed list or read over in its
/// place after the pages before it, and on dispose waits for every read and list it started.
/// </summary>
public sealed class RecordPageReadAheadTests
{
    private const int PageSize = 3;
    private static readonly DateTimeOffset At = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Pages_come_in_keyset_order_each_listed_after_the_last_key_of_the_one_before()
    {
        var source = new FakeSource(total: 8);
        await using var ahead = source.ReadAhead(goOn: _ => true);

        var pages = await TakeAllAsync(ahead);

        Assert.Equal([3, 3, 2], pages.Select(p => p.Keys.Count));
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), pages.SelectMany(p => p.Keys).Select(k => k.BiblioId));
        Assert.Equal([null, "3", "6"], source.ListedAfter.Select(p => p?.RecordId));
        Assert.All(pages, p => Assert.Equal(p.Keys.Count, p.Records.Count));
    }

    [Fact]
    public async Task An_exactly_full_last_page_is_followed_by_an_empty_one()
    {
        var source = new FakeSource(total: 6);
        await using var ahead = source.ReadAhead(goOn: _ => true);

        var pages = await TakeAllAsync(ahead);

        Assert.Equal([3, 3], pages.Select(p => p.Keys.Count));
        Assert.Equal(3, source.ListedAfter.Count);
        Assert.Same(RecordPage.Empty, await ahead.NextAsync(CancellationToken.None)); // and stays at the end
    }

    [Fact]
    public async Task The_run_stops_listing_when_it_may_not_go_on()
    {
        var source = new FakeSource(total: 30);
        var asked = new ConcurrentQueue<int>();
        await using var ahead = source.ReadAhead(goOn: listed =>
        {
            asked.Enqueue(listed);
            return listed < 2;
        });

        var pages = await TakeAllAsync(ahead);

        Assert.Equal(2, pages.Count);
        Assert.Equal(2, source.ListedAfter.Count);
        Assert.Equal([1, 2], asked);
    }

    [Fact]
    public async Task A_failed_list_is_handed_over_after_the_pages_before_it_and_nothing_is_listed_after_it()
    {
        var source = new FakeSource(total: 30) { FailListAt = 2 };
        await using var ahead = source.ReadAhead(goOn: _ => true);

        var first = await ahead.NextAsync(CancellationToken.None);
        var second = await ahead.NextAsync(CancellationToken.None);
        var failure = await Assert.ThrowsAsync<KohaApiException>(() => ahead.NextAsync(CancellationToken.None));

        Assert.Equal([1L, 2, 3, 4, 5, 6], first.Keys.Concat(second.Keys).Select(k => k.BiblioId));
        Assert.Equal("list 3 failed", failure.Message);
        Assert.Equal(3, source.ListedAfter.Count);
    }

    [Fact]
    public async Task A_failed_read_is_handed_over_in_its_place()
    {
        var source = new FakeSource(total: 9) { FailReadOf = 4 };
        await using var ahead = source.ReadAhead(goOn: _ => true);

        var first = await ahead.NextAsync(CancellationToken.None);
        await Assert.ThrowsAsync<HttpRequestException>(() => ahead.NextAsync(CancellationToken.None));

        Assert.Equal([1L, 2, 3], first.Keys.Select(k => k.BiblioId));
    }

    [Fact]
    public async Task Dispose_waits_for_reads_started_and_not_taken()
    {
        var source = new FakeSource(total: 30) { HoldReads = true };
        var ahead = source.ReadAhead(goOn: _ => true);
        await source.FirstReadStarted.Task;

        var disposing = ahead.DisposeAsync().AsTask();
        Assert.False(disposing.IsCompleted); // the started read is still running
        source.ReleaseReads.SetResult();
        await disposing;

        Assert.Equal(source.ReadsStarted, source.ReadsEnded);
        // Nothing taken: at most two pages wait (depth 2, their reads started), a third listed waits for room, and
        // the list after it is out; nothing further.
        Assert.InRange(source.ReadsStarted, 1, 2);
        Assert.InRange(source.ListedAfter.Count, 1, 4);
    }

    [Fact]
    public async Task The_next_page_is_fetched_while_the_one_before_is_still_being_read()
    {
        var source = new FakeSource(total: 30) { HoldReads = true };
        await using var ahead = source.ReadAhead(goOn: _ => true);

        // Page 1's read is held; page 2's starts anyway (it did not before: reads went one after the other).
        await Eventually.AssertAsync(() => source.ReadsStarted == 2, TimeSpan.FromSeconds(10), "page 2's read to start",
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(0, source.ReadsEnded);
        source.ReleaseReads.SetResult();

        var pages = await TakeAllAsync(ahead);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), pages.SelectMany(p => p.Keys).Select(k => k.BiblioId));
    }

    private static async Task<List<RecordPage>> TakeAllAsync(RecordPageReadAhead ahead)
    {
        var pages = new List<RecordPage>();
        while (await ahead.NextAsync(CancellationToken.None) is { Keys.Count: > 0 } page)
        {
            pages.Add(page);
        }

        return pages;
    }

    /// <summary>A keyset of <c>total</c> keys (ids 1…, one minute apart) listed and read in memory.</summary>
    private sealed class FakeSource(int total)
    {
        private int _lists;
        private int _readsStarted;
        private int _readsEnded;

        public ConcurrentQueue<HarvestPosition?> ListedAfter { get; } = new();

        public int? FailListAt { get; init; }

        /// <summary>The read of the page starting with this id fails.</summary>
        public long? FailReadOf { get; init; }

        public bool HoldReads { get; init; }

        public TaskCompletionSource FirstReadStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource ReleaseReads { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public int ReadsStarted => Volatile.Read(ref _readsStarted);

        public int ReadsEnded => Volatile.Read(ref _readsEnded);

        public RecordPageReadAhead ReadAhead(Func<int, bool> goOn) =>
            new(ListAsync, ReadAsync, goOn, null, PageSize, depth: 2, CancellationToken.None);

        private Task<IReadOnlyList<KohaBiblioKey>> ListAsync(HarvestPosition? after, CancellationToken ct)
        {
            ListedAfter.Enqueue(after);
            if (Interlocked.Increment(ref _lists) - 1 == FailListAt)
            {
                throw new KohaApiException($"list {_lists} failed");
            }

            var from = after is null ? 1 : long.Parse(after.RecordId, System.Globalization.CultureInfo.InvariantCulture) + 1;
            IReadOnlyList<KohaBiblioKey> keys = [.. Enumerable.Range(0, (int)Math.Clamp(total - from + 1, 0, PageSize))
                .Select(i => new KohaBiblioKey(from + i, At.AddMinutes(from + i)))];
            return Task.FromResult(keys);
        }

        private async Task<RecordPage> ReadAsync(IReadOnlyList<KohaBiblioKey> keys, CancellationToken ct)
        {
            Interlocked.Increment(ref _readsStarted);
            try
            {
                if (keys[0].BiblioId == FailReadOf)
                {
                    throw new HttpRequestException("read failed");
                }

                if (HoldReads)
                {
                    FirstReadStarted.TrySetResult();
                    await ReleaseReads.Task;
                }

                return new RecordPage(keys, keys.ToDictionary(k => k.BiblioId, _ => new FetchedRecord(null, "not mapped in this test")));
            }
            finally
            {
                Interlocked.Increment(ref _readsEnded);
            }
        }
    }
}
