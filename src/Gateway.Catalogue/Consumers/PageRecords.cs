using Gateway.Catalogue.Clustering;
using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Storage;
using Gateway.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Consumers;

/// <summary>
/// The stored source records of a page and their problems, loaded in one query each and tracked: what
/// <see cref="SourceRecordWriter.FindOrAddAsync"/> and <see cref="SourceRecordWriter.UpdateProblemsAsync"/> do for one
/// record, for every record of the page (decision 0025).
/// </summary>
internal sealed class PageRecords
{
    private readonly CatalogueDbContext db;
    private readonly Dictionary<(string System, string Record), SourceRecord> records = [];
    private readonly Dictionary<string, Dictionary<string, IngestProblem>> problems = new(StringComparer.Ordinal);

    private PageRecords(CatalogueDbContext db) => this.db = db;

    public static async Task<PageRecords> LoadAsync(CatalogueDbContext db, IReadOnlyList<BibliographicRecordChanged> messages, CancellationToken ct)
    {
        var page = new PageRecords(db);
        // The id lists are one parameter each (EF.Parameter), as in PageNeighbourhood (decision 0039).
        foreach (var system in messages.GroupBy(m => m.SystemId, StringComparer.Ordinal))
        {
            var systemId = system.Key;
            var ids = system.Select(m => m.VendorRecordId).Distinct(StringComparer.Ordinal).ToList();
            foreach (var record in await db.SourceRecords.Where(r => r.SystemId == systemId && EF.Parameter(ids).Contains(r.VendorRecordId)).ToListAsync(ct))
            {
                page.records[(record.SystemId, record.VendorRecordId)] = record;
            }
        }

        var sourceIds = messages.Select(m => RecordId.Format(m.SystemId, m.VendorRecordId)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in sourceIds)
        {
            page.problems[id] = new Dictionary<string, IngestProblem>(StringComparer.Ordinal);
        }

        foreach (var problem in await db.IngestProblems.Where(p => EF.Parameter(sourceIds).Contains(p.SourceId)).ToListAsync(ct))
        {
            page.problems[problem.SourceId][problem.Kind] = problem;
        }

        return page;
    }

    /// <summary>The stored record, or a new one added to the unit of work.</summary>
    public SourceRecord FindOrAdd(string systemId, string vendorRecordId)
    {
        if (!records.TryGetValue((systemId, vendorRecordId), out var record))
        {
            record = new SourceRecord { SystemId = systemId, VendorRecordId = vendorRecordId };
            db.SourceRecords.Add(record);
            records[(systemId, vendorRecordId)] = record;
        }

        return record;
    }

    /// <summary>Brings a stored version's problems up to date, as <see cref="SourceRecordWriter.UpdateProblemsAsync"/> does.</summary>
    public void UpdateProblems(PageNeighbourhood page, string sourceId, BibliographicRecordChanged message, string? unreadable)
    {
        var held = problems[sourceId];
        foreach (var kind in held.Keys.Where(k => k == IngestProblemKinds.IngestFailed || (k == IngestProblemKinds.UnreadableMarc && unreadable is null)).ToList())
        {
            page.Delete(held[kind], sourceId, kind);
            held.Remove(kind);
        }

        if (unreadable is null)
        {
            return;
        }

        if (!held.TryGetValue(IngestProblemKinds.UnreadableMarc, out var problem))
        {
            held[IngestProblemKinds.UnreadableMarc] = problem = page.Add(sourceId, IngestProblemKinds.UnreadableMarc, () => new IngestProblem
            {
                SourceId = sourceId, Kind = IngestProblemKinds.UnreadableMarc, SystemId = message.SystemId, Detail = unreadable,
            });
            problem.SystemId = message.SystemId;
        }

        problem.Detail = unreadable.Length > 1000 ? unreadable[..1000] : unreadable;
        problem.SeenAt = message.SourceTimestamp.UtcDateTime;
        problem.CorrelationId = message.CorrelationId;
    }
}
