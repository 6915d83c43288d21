using Gateway.Catalogue.Clustering;
using Gateway.Catalogue.Search;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// Applies changed records to the catalogue: stores each one, places it in its cluster and raises the records stream's
/// watermark. Idempotent: a change older than the stored version (or than the record's tombstone) is ignored, and the
/// same change twice leaves the same state. One record or a page of them; a page is one transaction.
/// </summary>
internal sealed class RecordChangeIngest(
    SourceRecordWriter writer, ClusterMaintainer clusters, PageIngest pages, SearchRefreshSignal searchRefresh, WriteTurns turns, TimeProvider clock)
{
    /// <summary>Applies one change and saves it; returns whether it was stored (false: older than what is held).</summary>
    public async Task<bool> ApplyAsync(BibliographicRecordChanged message, CancellationToken ct)
    {
        var timestamp = message.SourceTimestamp.UtcDateTime;
        var record = await writer.FindOrAddAsync(message.SystemId, message.VendorRecordId, ct);
        var stale = RecordVersions.IsStale(record, timestamp);
        if (!stale)
        {
            RecordVersions.Apply(record, message, clock.GetUtcNow().UtcDateTime);
            var (match, unreadable) = MatchRecords.Of(message);
            await clusters.UpsertAsync(match, ct);
            await writer.UpdateProblemsAsync(match.SourceId, message, unreadable, ct);
        }

        await writer.CommitAsync(message.SystemId, IngestStreams.Records, timestamp, message.VendorRecordId, ct);
        searchRefresh.Notify();
        (stale ? CatalogueMetrics.StaleMessagesIgnored : CatalogueMetrics.RecordsStored).Add(1);
        return !stale;
    }

    /// <summary>
    /// Applies a page of changes in order, all in one transaction: stored together or not at all, with the same result
    /// as applying them one by one (<see cref="PageIngest"/>: a few reads for the page, one save; decision 0025).
    /// </summary>
    public async Task ApplyAllAsync(IReadOnlyList<BibliographicRecordChanged> messages, CancellationToken ct)
    {
        int stored, unreadable;
        using (await turns.TakeAsync(WriteTurns.IngestPage, ct))
        {
            await using var transaction = await writer.BeginTransactionAsync(ct);
            (stored, unreadable) = await pages.ApplyAsync(messages, ct);
            await transaction.CommitAsync(ct);
        }

        searchRefresh.Notify();

        // Counted once committed (a page that fails is applied again record by record, and counted there).
        CatalogueMetrics.RecordsStored.Add(stored);
        CatalogueMetrics.StaleMessagesIgnored.Add(messages.Count - stored);
        CatalogueMetrics.UnreadableMarc.Add(unreadable);
    }
}
