using System.Threading.Channels;
using Gateway.Adapters.Koha.Vendor;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>
/// Reads a run's pages ahead of the one being published (decision 0031): a loop of its own lists page after page in
/// keyset order and starts fetching, parsing and mapping each page without waiting for the page before it to be read,
/// starting the next page's list (which needs only this page's last key) first, so the vendor serves the next list
/// and fetch while this process parses and maps. At most <c>depth</c> pages wait to be taken, in order, with
/// <see cref="NextAsync"/> (so at most <c>depth</c> + 1 reads, the one being taken included, and one list are out at
/// once); a list or read that
/// failed is handed over in its place, so the pages before it are published first and none after it (a failed list
/// ends the loop; pages read after a failed read are dropped with it). Reading ahead only reads: nothing is published
/// or stored here, and what was not taken (pages, a list already started) is awaited and dropped.
/// </summary>
internal sealed class RecordPageReadAhead : IAsyncDisposable
{
    private readonly Channel<Task<RecordPage>> _pages;
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    /// <param name="list">Lists the keys after a position.</param>
    /// <param name="read">Fetches, parses and maps a page's records.</param>
    /// <param name="goOn">Whether the run may go on after the given number of pages read (the cadence of decision 0014).</param>
    /// <param name="start">Where the run starts.</param>
    /// <param name="pageSize">A full page: a shorter one is the last.</param>
    /// <param name="depth">How many read pages may wait to be taken (at least 1).</param>
    /// <param name="ct">Stops the reading.</param>
    public RecordPageReadAhead(
        Func<HarvestPosition?, CancellationToken, Task<IReadOnlyList<KohaBiblioKey>>> list,
        Func<IReadOnlyList<KohaBiblioKey>, CancellationToken, Task<RecordPage>> read,
        Func<int, bool> goOn, HarvestPosition? start, int pageSize, int depth, CancellationToken ct)
    {
        _pages = Channel.CreateBounded<Task<RecordPage>>(new BoundedChannelOptions(Math.Max(depth, 1)) { SingleReader = true, SingleWriter = true });
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        _loop = Task.Run(() => ReadAsync(list, read, goOn, start, pageSize, _stop.Token), CancellationToken.None);
    }

    /// <summary>The next page in keyset order (<see cref="RecordPage.Empty"/> after the last); throws what its reading threw.</summary>
    public async Task<RecordPage> NextAsync(CancellationToken ct)
    {
        while (await _pages.Reader.WaitToReadAsync(ct))
        {
            if (_pages.Reader.TryRead(out var page))
            {
                return await page;
            }
        }

        return RecordPage.Empty;
    }

    /// <summary>Stops reading and waits for every read started, dropping pages not taken and their failures.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        while (_pages.Reader.TryRead(out var page))
        {
            await ((Task)page).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private async Task ReadAsync(
        Func<HarvestPosition?, CancellationToken, Task<IReadOnlyList<KohaBiblioKey>>> list,
        Func<IReadOnlyList<KohaBiblioKey>, CancellationToken, Task<RecordPage>> read,
        Func<int, bool> goOn, HarvestPosition? start, int pageSize, CancellationToken ct)
    {
        var writer = _pages.Writer;
        Task<IReadOnlyList<KohaBiblioKey>>? listing = null;
        try
        {
            listing = Start(list, start, ct);
            for (var pages = 1; ; pages++)
            {
                Task<RecordPage> page;
                var more = false;
                try
                {
                    var keys = await listing!;
                    listing = null;
                    more = keys.Count >= pageSize && goOn(pages);
                    if (more)
                    {
                        listing = Start(list, HarvestPositions.After(keys[^1]), ct); // the next list goes on while this page is read
                    }

                    // A read starts once there is room for it, and is not awaited here: the next page's fetch goes out
                    // while this one is parsed and mapped, so the vendor serves one while this process reads another.
                    if (!await writer.WaitToWriteAsync(ct))
                    {
                        break;
                    }

                    page = keys.Count == 0 ? Task.FromResult(RecordPage.Empty) : StartRead(read, keys, ct);
                }
                catch (Exception e)
                {
                    page = Task.FromException<RecordPage>(e);
                    more = false;
                }

                await HandOverAsync(writer, page, ct);
                if (!more)
                {
                    break;
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // disposed (or the harvest cancelled) while waiting to hand a page over
        }
        finally
        {
            if (listing is not null)
            {
                await ((Task)listing).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing); // a list started but not used: dropped
            }

            writer.TryComplete();
        }
    }

    /// <summary>
    /// Puts a page in the channel: at once when its read was started in the room it waited for (so a stop that comes
    /// now cannot drop a read in progress unawaited), else when there is room; a page not handed over because the
    /// reading stops is awaited first, so every read started is over when the loop ends.
    /// </summary>
    private static async Task HandOverAsync(ChannelWriter<Task<RecordPage>> writer, Task<RecordPage> page, CancellationToken ct)
    {
        if (writer.TryWrite(page))
        {
            return;
        }

        try
        {
            await writer.WriteAsync(page, ct);
        }
        catch
        {
            await ((Task)page).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            throw;
        }
    }

    /// <summary>Starts a read; one that throws at once is a failed read, handed over in its own page's place.</summary>
    private static Task<RecordPage> StartRead(
        Func<IReadOnlyList<KohaBiblioKey>, CancellationToken, Task<RecordPage>> read, IReadOnlyList<KohaBiblioKey> keys, CancellationToken ct)
    {
        try
        {
            return read(keys, ct);
        }
        catch (Exception e)
        {
            return Task.FromException<RecordPage>(e);
        }
    }

    /// <summary>Starts a list; one that throws at once is a failed list, handed over in its own page's place.</summary>
    private static Task<IReadOnlyList<KohaBiblioKey>> Start(
        Func<HarvestPosition?, CancellationToken, Task<IReadOnlyList<KohaBiblioKey>>> list, HarvestPosition? after, CancellationToken ct)
    {
        try
        {
            return list(after, ct);
        }
        catch (Exception e)
        {
            return Task.FromException<IReadOnlyList<KohaBiblioKey>>(e);
        }
    }
}
