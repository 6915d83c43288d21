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
/// Harvests one page of a system's change stream: lists the keys after the position, fetches their MARC, maps,
/// publishes, then advances the checkpoint. A record that cannot be read or mapped is skipped with its reason, never
/// stopping the page; a vendor failure throws before the checkpoint moves, so the page is read again later.
/// </summary>
internal sealed class KohaHarvester(
    KohaApiClient api, KohaMarcFetcher marc, CheckpointStore checkpoints, IBus bus, RemovalLedger removals,
    IOptions<KohaAdapterOptions> options, TimeProvider clock, ILogger<KohaHarvester> logger)
{
    /// <summary>Harvests the next page of changed records; returns the new position and how many keys it read.</summary>
    public async Task<(HarvestPosition? Position, int Read)> HarvestRecordsAsync(
        RegionalSystem system, HarvestPosition? position, CancellationToken ct)
    {
        var keys = await api.ListChangedAsync(system, position, UpTo(), options.Value.PageSize, ct);
        if (keys.Count == 0)
        {
            return (position, 0);
        }

        var correlationId = NewId.NextGuid();
        var records = await marc.FetchAsync(system, keys, ct);
        var messages = new List<BibliographicRecordChanged>(keys.Count);
        foreach (var key in keys)
        {
            if (!records.TryGetValue(key.BiblioId, out var fetched) || fetched.Record is null)
            {
                await SkipAsync(system, key, fetched?.Problem ?? "not returned by Koha when fetched (deleted since listed?)", ct);
                continue;
            }

            try
            {
                messages.Add(KohaRecordMapper.ToChanged(system.Id, key.BiblioId, key.Timestamp, fetched.Record, correlationId));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException)
            {
                await SkipAsync(system, key, $"could not be mapped: {e.Message}", ct);
            }
        }

        await bus.PublishBatch(messages, ct);
        return (await AdvanceAsync(system, HarvestStreams.Records, keys, messages.Count, ct), keys.Count);
    }

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
        return (await AdvanceAsync(system, HarvestStreams.Deletions, keys, published, ct), keys.Count);
    }

    private DateTimeOffset UpTo() => clock.GetUtcNow() - options.Value.SettleTime;

    private async Task<HarvestPosition> AdvanceAsync(
        RegionalSystem system, string stream, IReadOnlyList<KohaBiblioKey> keys, int published, CancellationToken ct)
    {
        var last = keys[^1];
        var position = new HarvestPosition(last.Timestamp.ToUniversalTime(), last.BiblioId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await checkpoints.SaveAsync(system.Id, stream, position, ct);
        KohaAdapterMetrics.Published.Add(published, KohaAdapterMetrics.System(system.Id), new("stream", stream));
        KohaAdapterLog.Published(logger, system.Id, stream, published, position.ToString());
        return position;
    }

    private async Task SkipAsync(RegionalSystem system, KohaBiblioKey key, string reason, CancellationToken ct)
    {
        var recordId = key.BiblioId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        KohaAdapterLog.Skipped(logger, system.Id, recordId, reason);
        KohaAdapterMetrics.Skipped.Add(1, KohaAdapterMetrics.System(system.Id));
        await checkpoints.RecordSkipAsync(system.Id, recordId, key.Timestamp, reason, ct);
    }
}
