using Gateway.Adapters.Koha.Mapping;
using Gateway.Adapters.Koha.Options;
using Gateway.Adapters.Koha.State;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;
using Gateway.Systems;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>
/// Harvests a system's change streams. Records go in runs of pages (decision 0014): each page is listed, its MARC
/// fetched, parsed and mapped, and published as one message in keyset order (decision 0024), while the next pages are
/// already being listed and read (<see cref="RecordPageReadAhead"/>: the next list beside each fetch, at most two read
/// pages waiting; decision 0031); the checkpoint is saved once at the end of the run, never ahead of what was published.
/// A record that cannot be read or mapped is skipped with its reason, never stopping the page; a vendor failure on the
/// first page of a run throws before the checkpoint moves, so the page is read again later.
/// </summary>
internal sealed class KohaHarvester(
    KohaApiClient api, KohaMarcFetcher marc, CheckpointStore checkpoints, IBus bus, RemovalLedger removals,
    IOptions<KohaAdapterOptions> options, TimeProvider clock, ILogger<KohaHarvester> logger)
{
    /// <summary>Harvests the next page of changed records and saves the checkpoint; returns the new position and how many keys it read.</summary>
    public Task<(HarvestPosition? Position, int Read)> HarvestRecordsAsync(
        RegionalSystem system, HarvestPosition? position, CancellationToken ct) =>
        HarvestRecordRunAsync(system, position, 1, ct);

    /// <summary>
    /// Harvests one run of record pages: until caught up, <see cref="KohaAdapterOptions.CheckpointEveryPages"/> pages
    /// or <see cref="KohaAdapterOptions.CheckpointInterval"/>, whichever comes first; then saves the checkpoint.
    /// Returns the new position and how many keys it read.
    /// </summary>
    public Task<(HarvestPosition? Position, int Read)> HarvestRecordRunAsync(
        RegionalSystem system, HarvestPosition? position, CancellationToken ct) =>
        HarvestRecordRunAsync(system, position, options.Value.CheckpointEveryPages, ct);

    /// <summary>Harvests the next page of deletions; returns the new position and how many keys it read.</summary>
    public async Task<(HarvestPosition? Position, int Read)> HarvestDeletionsAsync(
        RegionalSystem system, HarvestPosition? position, CancellationToken ct)
    {
        var keys = await api.ListDeletedAsync(system, position, UpTo(), options.Value.PageSize, ct);
        if (keys.Count == 0)
        {
            return (position, 0);
        }

        var correlationId = NewId.NextGuid();
        var messages = keys.Select(k => KohaRecordMapper.ToDeleted(system.Id, k.BiblioId, k.Timestamp, correlationId)).ToList();
        var published = await removals.PublishAsync(system.Id, messages, [], ct); // once, also when OAI-PMH saw it first
        var next = HarvestPositions.After(keys[^1]);
        await CheckpointAsync(system, HarvestStreams.Deletions, next, published, ct);
        return (next, keys.Count);
    }

    private async Task<(HarvestPosition? Position, int Read)> HarvestRecordRunAsync(
        RegionalSystem system, HarvestPosition? start, int maxPages, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var position = start;
        int pages = 0, read = 0, published = 0;

        // The run's pages are read ahead (decision 0031): the next list and fetch go on while this page is published.
        // A full page means more may follow, within the run's cadence (decision 0014).
        await using var pagesAhead = new RecordPageReadAhead(
            (after, token) => api.ListChangedAsync(system, after, UpTo(), options.Value.PageSize, token),
            async (keys, token) => new RecordPage(keys, await marc.FetchAsync(system, keys, token)),
            listed => listed < maxPages && clock.GetElapsedTime(started) < options.Value.CheckpointInterval,
            start, options.Value.PageSize, options.Value.ReadAheadPages, ct);
        try
        {
            while (await pagesAhead.NextAsync(ct) is { Keys.Count: > 0 } page)
            {
                published += await PublishAsync(system, page, ct);
                position = page.Last;
                pages++;
                read += page.Keys.Count;
            }
        }
        catch (Exception e)
        {
            if (pages == 0)
            {
                throw;
            }

            // What this run published must not be published again: checkpoint it even when stopping or failing.
            await CheckpointAsync(system, HarvestStreams.Records, position!, published, CancellationToken.None);
            if (e is OperationCanceledException)
            {
                throw;
            }

            KohaAdapterLog.RunStopped(logger, system.Id, HarvestStreams.Records, pages, position!.ToString(), e.Message);
            return (position, read);
        }

        if (pages > 0)
        {
            await CheckpointAsync(system, HarvestStreams.Records, position!, published, ct);
        }

        return (position, read);
    }

    /// <summary>
    /// Maps a page in key order and publishes it as one <see cref="BibliographicRecordsChanged"/>, skipping (with the
    /// reason kept) what cannot be read or mapped.
    /// </summary>
    private async Task<int> PublishAsync(RegionalSystem system, RecordPage page, CancellationToken ct)
    {
        var correlationId = NewId.NextGuid();
        var messages = new List<BibliographicRecordChanged>(page.Keys.Count);
        foreach (var key in page.Keys)
        {
            // Mapped when read (decision 0031): a record that could not be read or mapped carries its reason.
            if (!page.Records.TryGetValue(key.BiblioId, out var fetched) || fetched.Record is null)
            {
                await SkipAsync(system, key, fetched?.Problem ?? "not returned by Koha when fetched (deleted since listed?)", ct);
                continue;
            }

            messages.Add(KohaRecordMapper.ToChanged(system.Id, key.BiblioId, key.Timestamp, fetched.Record, correlationId));
        }

        // One message a page (decision 0024): the records in keyset order, nothing when every record was skipped.
        if (messages.Count > 0)
        {
            await bus.Publish(new BibliographicRecordsChanged { SystemId = system.Id, CorrelationId = correlationId, Records = messages }, ct);
        }

        return messages.Count;
    }

    private DateTimeOffset UpTo() => clock.GetUtcNow() - options.Value.SettleTime;

    private async Task CheckpointAsync(RegionalSystem system, string stream, HarvestPosition position, int published, CancellationToken ct)
    {
        await checkpoints.SaveAsync(system.Id, stream, position, ct);
        KohaAdapterMetrics.Published.Add(published, KohaAdapterMetrics.System(system.Id), new("stream", stream));
        KohaAdapterLog.Published(logger, system.Id, stream, published, position.ToString());
    }

    private async Task SkipAsync(RegionalSystem system, KohaBiblioKey key, string reason, CancellationToken ct)
    {
        var recordId = key.BiblioId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        KohaAdapterLog.Skipped(logger, system.Id, recordId, reason);
        KohaAdapterMetrics.Skipped.Add(1, KohaAdapterMetrics.System(system.Id));
        await checkpoints.RecordSkipAsync(system.Id, recordId, key.Timestamp, reason, ct);
    }
}
