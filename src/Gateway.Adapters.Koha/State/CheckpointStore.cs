using Gateway.Adapters.Koha.Vendor;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Adapters.Koha.State;

/// <summary>Reads and advances checkpoints, and keeps skipped records.</summary>
internal sealed class CheckpointStore(IDbContextFactory<AdapterStateDbContext> dbs, TimeProvider clock)
{
    public async Task<HarvestPosition?> GetAsync(string systemId, string stream, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var checkpoint = await db.Checkpoints.AsNoTracking()
            .SingleOrDefaultAsync(c => c.SystemId == systemId && c.Stream == stream, ct);
        return checkpoint is null
            ? null
            : new HarvestPosition(new DateTimeOffset(DateTime.SpecifyKind(checkpoint.Timestamp, DateTimeKind.Utc)), checkpoint.RecordId);
    }

    public async Task SaveAsync(string systemId, string stream, HarvestPosition position, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await StageAsync(db, systemId, stream, position, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Adds the checkpoint change to a context the caller saves, so it commits with the caller's state.</summary>
    public async Task StageAsync(AdapterStateDbContext db, string systemId, string stream, HarvestPosition position, CancellationToken ct)
    {
        var checkpoint = await db.Checkpoints.SingleOrDefaultAsync(c => c.SystemId == systemId && c.Stream == stream, ct);
        if (checkpoint is null)
        {
            checkpoint = new HarvestCheckpoint { SystemId = systemId, Stream = stream, RecordId = position.RecordId };
            db.Checkpoints.Add(checkpoint);
        }

        checkpoint.Timestamp = position.Timestamp.UtcDateTime;
        checkpoint.RecordId = position.RecordId;
        checkpoint.UpdatedAt = clock.GetUtcNow().UtcDateTime;
    }

    public async Task RecordSkipAsync(string systemId, string recordId, DateTimeOffset timestamp, string reason, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.SkippedRecords.Add(new SkippedRecord
        {
            SystemId = systemId,
            VendorRecordId = recordId,
            SourceTimestamp = timestamp.UtcDateTime,
            Reason = reason.Length > 1000 ? reason[..1000] : reason,
            SkippedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }

    public async Task<int> CountSkippedAsync(string systemId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.SkippedRecords.CountAsync(s => s.SystemId == systemId, ct);
    }
}
