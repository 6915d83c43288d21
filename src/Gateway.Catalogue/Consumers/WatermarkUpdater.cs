using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Consumers;

/// <summary>Raises a stream's watermark to (timestamp, record id) when that is newer; never lowers it.</summary>
internal static class WatermarkUpdater
{
    public static async Task RaiseAsync(
        CatalogueDbContext db, string systemId, string stream, DateTime timestamp, string recordId, CancellationToken ct)
    {
        var mark = await db.IngestWatermarks.FindAsync([systemId, stream], ct);
        if (mark is null)
        {
            db.IngestWatermarks.Add(new IngestWatermark
            {
                SystemId = systemId, Stream = stream, StoredUpTo = timestamp, RecordId = recordId,
            });
            return;
        }

        if (IsNewer(timestamp, recordId, mark.StoredUpTo, mark.RecordId))
        {
            mark.StoredUpTo = timestamp;
            mark.RecordId = recordId;
        }
    }

    /// <summary>Orders by timestamp, then by record id (numeric when both are numbers, as Koha ids are).</summary>
    internal static bool IsNewer(DateTime timestamp, string recordId, DateTime markTimestamp, string markRecordId)
    {
        if (timestamp != markTimestamp)
        {
            return timestamp > markTimestamp;
        }

        return RecordIdComparer.Instance.Compare(recordId, markRecordId) > 0;
    }
}
