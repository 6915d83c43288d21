using Gateway.Catalogue.Clustering;
using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Search;
using Gateway.Catalogue.Storage;
using Gateway.Clustering;
using Gateway.Contracts;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Applies a page of changes with a handful of reads and one save (decision 0025): the page's stored records, their
/// problems and their clustering neighbourhood are loaded at once; each record is then applied in order exactly as
/// <see cref="RecordChangeIngest.ApplyAsync"/> applies it alone — same staleness rule, same clustering, same OAI
/// versions and sets, same problems and watermark — against what the page loaded and the records before it changed;
/// the unit of work is saved once, in the caller's transaction, the rows it adds as multi-row inserts
/// (<see cref="AddedRowsWriter"/>), those it only ever inserts without EF Core's change tracking (decision 0041). The
/// touched clusters' search rows are left to <see cref="ClusterSearchRefresher"/> (marked in <see cref="SearchBacklog"/>,
/// decision 0030).
/// </summary>
internal sealed class PageIngest(CatalogueDbContext db, PageClusterMaintainer clusters, TimeProvider clock)
{
    /// <summary>
    /// Applies the changes in order and saves them (the caller commits); returns how many were stored (the rest were
    /// stale) and how many of those had unreadable MARCXML.
    /// </summary>
    public async Task<(int Stored, int Unreadable)> ApplyAsync(IReadOnlyList<BibliographicRecordChanged> messages, CancellationToken ct)
    {
        // Nothing here needs EF Core to look for changed properties before the save (which detects them once,
        // AddedRowsWriter): every DbSet.Local read would otherwise scan the page's ~1,500 tracked entries again.
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        // Reading MARC has no side effects: read every record first, for the keys the page's neighbourhood needs. One
        // that cannot be read is read again where it is applied, to fail there as it would alone.
        var reads = messages.Select(TryRead).ToList();
        var sourceIds = messages.Select(m => RecordId.Format(m.SystemId, m.VendorRecordId)).Distinct(StringComparer.Ordinal).ToList();
        // Each record's key texts, worked out once: the page's keys now, and its clusters' keys as it is applied.
        var keyTexts = new Dictionary<MatchRecord, string[]>(ReferenceEqualityComparer.Instance);
        foreach (var (record, _) in reads.OfType<(MatchRecord Record, string? Unreadable)>())
        {
            keyTexts[record] = [.. ClusterRows.KeyTexts(record)];
        }

        var records = await PageRecords.LoadAsync(db, messages, ct);
        var page = await PageNeighbourhood.LoadAsync(db, sourceIds, keyTexts, ct);

        int stored = 0, unreadableCount = 0;
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            var timestamp = message.SourceTimestamp.UtcDateTime;
            var record = records.FindOrAdd(message.SystemId, message.VendorRecordId);
            var stale = RecordVersions.IsStale(record, timestamp);
            if (!stale)
            {
                RecordVersions.Apply(record, message, clock.GetUtcNow().UtcDateTime);
                var (match, unreadable) = reads[i] ?? MatchRecords.Read(message);
                clusters.Upsert(page, match);
                records.UpdateProblems(page, match.SourceId, message, unreadable);
                stored++;
                unreadableCount += unreadable is null ? 0 : 1;
            }

            await WatermarkUpdater.RaiseAsync(db, message.SystemId, IngestStreams.Records, timestamp, message.VendorRecordId, ct);
        }

        // Search rows are rebuilt after the commit, off the ingest path (decision 0030): the touched clusters are marked.
        SearchBacklog.Mark(db, page.Touched, page.Inserts);

        await AddedRowsWriter.SaveAsync(db, page.Inserts, ct);
        return (stored, unreadableCount);
    }

    private static (MatchRecord Record, string? Unreadable)? TryRead(BibliographicRecordChanged message)
    {
        try
        {
            return MatchRecords.Read(message);
        }
#pragma warning disable CA1031 // read again, and failing for real, where the record is applied
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
