using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// What both ingest consumers do around their own change: find or start the record, ignore what is older than the
/// stored version, and commit together with the stream's watermark.
/// </summary>
internal sealed class SourceRecordWriter(CatalogueDbContext db)
{
    /// <summary>The stored record, or a new one added to the context.</summary>
    public async Task<SourceRecord> FindOrAddAsync(string systemId, string vendorRecordId, CancellationToken ct)
    {
        var record = await db.SourceRecords.SingleOrDefaultAsync(
            r => r.SystemId == systemId && r.VendorRecordId == vendorRecordId, ct);
        if (record is null)
        {
            record = new SourceRecord { SystemId = systemId, VendorRecordId = vendorRecordId };
            db.SourceRecords.Add(record);
        }

        return record;
    }

    /// <summary>The stored item, or a new one (status unknown) added to the context.</summary>
    public async Task<SourceItem> FindOrAddItemAsync(string systemId, string vendorItemId, string vendorRecordId, CancellationToken ct)
    {
        var item = await db.SourceItems.FindAsync([systemId, vendorItemId], ct);
        if (item is null)
        {
            item = new SourceItem { SystemId = systemId, VendorItemId = vendorItemId, VendorRecordId = vendorRecordId };
            db.SourceItems.Add(item);
        }

        return item;
    }

    /// <summary>
    /// Brings a stored version's problems up to date: keeps the reason its MARCXML could not be read where operators see
    /// it (<c>GET /api/v1/ops/problems</c>), or clears it when this version was read (<paramref name="unreadable"/>
    /// null); a failure to store an earlier version is over once this one is stored.
    /// </summary>
    public async Task UpdateProblemsAsync(string sourceId, Contracts.BibliographicRecordChanged message, string? unreadable, CancellationToken ct)
    {
        var problems = await db.IngestProblems.Where(p => p.SourceId == sourceId).ToListAsync(ct);
        db.IngestProblems.RemoveRange(problems.Where(p => p.Kind == IngestProblemKinds.IngestFailed
            || (p.Kind == IngestProblemKinds.UnreadableMarc && unreadable is null)));
        if (unreadable is not null)
        {
            Keep(problems.Find(p => p.Kind == IngestProblemKinds.UnreadableMarc), sourceId, IngestProblemKinds.UnreadableMarc, message, unreadable);
        }
    }

    /// <summary>Keeps (or refreshes) a problem of this kind for the record, where operators see it; saved with the unit of work.</summary>
    public async Task KeepProblemAsync(string sourceId, string kind, Contracts.BibliographicRecordChanged message, string reason, CancellationToken ct) =>
        Keep(await db.IngestProblems.FindAsync([sourceId, kind], ct), sourceId, kind, message, reason);

    private void Keep(IngestProblem? problem, string sourceId, string kind, Contracts.BibliographicRecordChanged message, string reason)
    {
        if (problem is null)
        {
            problem = new IngestProblem { SourceId = sourceId, Kind = kind, SystemId = message.SystemId, Detail = reason };
            db.IngestProblems.Add(problem);
        }

        problem.Detail = reason.Length > 1000 ? reason[..1000] : reason;
        problem.SeenAt = message.SourceTimestamp.UtcDateTime;
        problem.CorrelationId = message.CorrelationId;
    }

    /// <summary>Forgets the problems of a record that was deleted.</summary>
    public async Task ClearProblemsAsync(string sourceId, CancellationToken ct) =>
        db.IngestProblems.RemoveRange(await db.IngestProblems.Where(p => p.SourceId == sourceId).ToListAsync(ct));

    /// <summary>Starts a transaction that spans several saves (a page of changes).</summary>
    public Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginTransactionAsync(CancellationToken ct) =>
        db.Database.BeginTransactionAsync(ct);

    /// <summary>Saves what was changed in this unit of work.</summary>
    public Task SaveAsync(CancellationToken ct) => db.SaveChangesAsync(ct);

    /// <summary>Raises the stream's watermark to this message and saves everything changed.</summary>
    public async Task CommitAsync(string systemId, string stream, DateTime timestamp, string vendorRecordId, CancellationToken ct)
    {
        await WatermarkUpdater.RaiseAsync(db, systemId, stream, timestamp, vendorRecordId, ct);
        await db.SaveChangesAsync(ct);
    }
}
