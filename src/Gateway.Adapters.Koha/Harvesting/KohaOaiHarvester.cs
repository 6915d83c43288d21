using System.Globalization;
using Gateway.Adapters.Koha.Mapping;
using Gateway.Adapters.Koha.Options;
using Gateway.Adapters.Koha.State;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;
using Gateway.Systems;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>
/// The OAI-PMH stream of a system (<see cref="KohaAdapterOptions.OaiPmh"/>): each pass lists the identifiers whose
/// datestamp lies in [last pass's end, now − settle time]. A <c>status="deleted"</c> header is a record deletion
/// (published once, whichever path saw it first: <see cref="RemovalLedger"/>). A live header names a record that
/// changed or whose items changed or were deleted (Koha moves the datestamp for items when the format includes
/// them): the items the adapter has published for it are compared with Koha's <c>/items</c> of those records, and the
/// ones Koha no longer has become <see cref="HoldingsRemoved"/>. The pass's messages go out in (time, record) order,
/// then the checkpoint moves to the end of the window. Windows overlap by their boundary second; repeats publish
/// nothing.
/// </summary>
internal sealed class KohaOaiHarvester(
    KohaOaiClient oai, KohaAvailabilityClient items, RemovalLedger ledger, CheckpointStore checkpoints,
    IDbContextFactory<AdapterStateDbContext> dbs, IBus bus, IOptions<KohaAdapterOptions> options, TimeProvider clock,
    ILogger<KohaOaiHarvester> logger)
{
    /// <summary>The system's OAI-PMH settings, or null when it is not read over OAI-PMH.</summary>
    public KohaOaiOptions? For(RegionalSystem system) => options.Value.OaiPmh.GetValueOrDefault(system.Id);

    /// <summary>
    /// Where the stream resumes: its own checkpoint, moved back to the catalogue's <c>item-removals</c> watermark when
    /// that is earlier (in-memory messages lost). Item removals published after what the catalogue stored are published
    /// again (all of them when it stored none; none when it does not answer in time); record deletions from the start
    /// on are forgotten so the re-read publishes them again. Never run before: now (a full load publishes only what
    /// exists, so nothing before it needs removing).
    /// </summary>
    public async Task<HarvestPosition> ResolveStartAsync(RegionalSystem system, CancellationToken ct)
    {
        var own = await checkpoints.GetAsync(system.Id, HarvestStreams.OaiPmh, ct);
        if (own is null)
        {
            return new HarvestPosition(UpTo(), "");
        }

        var (answered, stored) = await StoredUpToAsync(system.Id, ct);
        var start = stored is { } at && at < own.Timestamp ? new HarvestPosition(at, "") : own;
        await ledger.ForgetRecordDeletionsAsync(system.Id, start.Timestamp, ct);
        var again = answered ? await ledger.RepublishItemRemovalsAsync(system.Id, stored, ct) : 0;
        KohaAdapterLog.ResumeFrom(logger, system.Id, HarvestStreams.OaiPmh, own.ToString(),
            answered ? stored?.ToString("O", CultureInfo.InvariantCulture) ?? "nothing" : "(no answer)", $"{start}, {again} item removals published again");
        return start;
    }

    /// <summary>One pass over the window from <paramref name="from"/>; returns the new position (the window's end).</summary>
    public async Task<HarvestPosition> HarvestAsync(RegionalSystem system, HarvestPosition from, CancellationToken ct)
    {
        var settings = For(system) ?? throw new InvalidOperationException($"{system.Id} is not read over OAI-PMH.");
        var until = UpTo();
        if (until < from.Timestamp)
        {
            return from;
        }

        var correlationId = NewId.NextGuid();
        var deletions = new List<BibliographicRecordDeleted>();
        var removals = new List<HoldingsRemoved>();
        var listed = 0;
        string? token = null;
        do
        {
            var page = token is null
                ? await oai.ListIdentifiersAsync(system, settings, from.Timestamp, until, ct)
                : await oai.ResumeAsync(system, settings, token, ct);
            listed += page.Headers.Count;
            if (settings.Deletions)
            {
                deletions.AddRange(page.Headers.Where(h => h.Deleted).Select(h => KohaRecordMapper.ToDeleted(system.Id, h.BiblioId, h.Datestamp, correlationId)));
            }

            if (settings.ItemDeletions)
            {
                removals.AddRange(await RemovedItemsAsync(system, [.. page.Headers.Where(h => !h.Deleted)], correlationId, ct));
            }

            token = page.ResumptionToken;
        }
        while (!string.IsNullOrEmpty(token));

        var published = await ledger.PublishAsync(system.Id, deletions, removals, ct);
        var next = new HarvestPosition(until, "");
        await checkpoints.SaveAsync(system.Id, HarvestStreams.OaiPmh, next, ct);
        KohaAdapterMetrics.Published.Add(published, KohaAdapterMetrics.System(system.Id), new("stream", HarvestStreams.OaiPmh));
        KohaAdapterLog.OaiPass(logger, system.Id, listed, published, next.ToString());
        return next;
    }

    /// <summary>
    /// The published items of these records that Koha no longer has. Only records with published items cost a Koha
    /// call (one <c>/items</c> call per page of headers); an item missing there is confirmed by its id before it is
    /// called removed, since Koha can move an item to another record.
    /// </summary>
    private async Task<List<HoldingsRemoved>> RemovedItemsAsync(RegionalSystem system, IReadOnlyList<OaiHeader> changed, Guid correlationId, CancellationToken ct)
    {
        if (changed.Count == 0)
        {
            return [];
        }

        var biblioIds = changed.Select(h => h.BiblioId).ToList();
        List<PublishedItem> published;
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            published = await db.PublishedItems.AsNoTracking().Where(p => p.SystemId == system.Id && biblioIds.Contains(p.BiblioId)).ToListAsync(ct);
        }

        if (published.Count == 0)
        {
            return [];
        }

        var withItems = published.Select(p => p.BiblioId).Distinct().ToList();
        var present = (await items.ListItemsOfRecordsAsync(system, withItems, ct)).Select(i => i.ItemId).ToHashSet();
        var missing = published.Where(p => !present.Contains(p.ItemId)).ToList();
        if (missing.Count == 0)
        {
            return [];
        }

        var moved = (await items.ListItemsAsync(system, [.. missing.Select(p => p.ItemId)], ct)).Select(i => i.ItemId).ToHashSet();
        var datestamps = changed.GroupBy(h => h.BiblioId).ToDictionary(g => g.Key, g => g.Max(h => h.Datestamp));
        return [.. missing.Where(p => !moved.Contains(p.ItemId)).GroupBy(p => p.BiblioId).Select(g => new HoldingsRemoved
        {
            SystemId = system.Id,
            VendorRecordId = g.Key.ToString(CultureInfo.InvariantCulture),
            VendorItemIds = [.. g.Select(p => p.ItemId.ToString(CultureInfo.InvariantCulture))],
            SourceTimestamp = Latest(datestamps[g.Key], g.Max(p => p.Timestamp)),
            CorrelationId = correlationId,
        })];
    }

    /// <summary>The removal's time: the record's datestamp, never earlier than what was published of its items.</summary>
    private static DateTimeOffset Latest(DateTimeOffset datestamp, DateTime publishedAt)
    {
        var published = new DateTimeOffset(DateTime.SpecifyKind(publishedAt, DateTimeKind.Utc));
        return published > datestamp ? published : datestamp;
    }

    /// <summary>The end of a window: now − settle time, to the second (OAI-PMH's granularity).</summary>
    private DateTimeOffset UpTo()
    {
        var end = clock.GetUtcNow() - options.Value.SettleTime;
        return new DateTimeOffset(end.Ticks - end.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    /// <summary>What the catalogue stored of item removals; not answered when it does not reply in time.</summary>
    private async Task<(bool Answered, DateTimeOffset? At)> StoredUpToAsync(string systemId, CancellationToken ct)
    {
        try
        {
            var client = bus.CreateRequestClient<GetIngestWatermark>(RequestTimeout.After(ms: (int)options.Value.WatermarkTimeout.TotalMilliseconds));
            var response = await client.GetResponse<IngestWatermark>(new GetIngestWatermark { SystemId = systemId, Stream = HarvestStreams.ItemRemovals }, ct);
            return (true, response.Message.StoredUpTo);
        }
        catch (RequestTimeoutException)
        {
            return (false, null);
        }
    }
}
