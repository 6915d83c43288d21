using Gateway.Catalogue.Storage;
using Gateway.Systems;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Endpoints;

/// <summary>Loads the holdings summaries of a page of records in one query.</summary>
internal static class HoldingsSummaries
{
    public static async Task<ILookup<(string SystemId, string RecordId), LibraryHoldings>> ForAsync(
        CatalogueDbContext db, ISystemsRegistry registry, IReadOnlyCollection<SourceRecord> records, CancellationToken ct)
    {
        if (records.Count == 0)
        {
            return Array.Empty<LibraryHoldings>().ToLookup(_ => (string.Empty, string.Empty));
        }

        var systems = records.Select(r => r.SystemId).Distinct().ToList();
        var ids = records.Select(r => r.VendorRecordId).Distinct().ToList();
        var items = await db.SourceItems.AsNoTracking()
            .Where(i => systems.Contains(i.SystemId) && ids.Contains(i.VendorRecordId))
            .Select(i => new { i.SystemId, i.VendorRecordId, i.LibraryCode, i.Status, i.DueDate, i.CallNumber })
            .ToListAsync(ct);

        return items
            .GroupBy(i => (i.SystemId, i.VendorRecordId, i.LibraryCode))
            .OrderBy(g => g.Key.LibraryCode, StringComparer.Ordinal)
            .ToLookup(
                g => (g.Key.SystemId, g.Key.VendorRecordId),
                g => Describe(registry, g.Key.SystemId, g.Key.VendorRecordId, new LibraryHoldings(
                    g.Key.LibraryCode,
                    g.Count(),
                    g.GroupBy(i => i.Status).ToDictionary(s => s.Key, s => s.Count(), StringComparer.Ordinal),
                    g.Where(i => i.DueDate is not null).Select(i => (DateTimeOffset?)new DateTimeOffset(DateTime.SpecifyKind(i.DueDate!.Value, DateTimeKind.Utc))).Min(),
                    [.. g.Select(i => i.CallNumber).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(5)])));
    }

    // The library's name and request links from the registry, when it knows the library.
    private static LibraryHoldings Describe(ISystemsRegistry registry, string systemId, string vendorRecordId, LibraryHoldings holdings)
    {
        var library = registry.Find(systemId)?.Libraries.FirstOrDefault(l => l.Code == holdings.LibraryCode);
        if (library is null)
        {
            return holdings;
        }

        var links = library.RequestLinks.For(vendorRecordId, library.Code);
        return holdings with { LibraryName = library.Name, Links = links.IsEmpty ? null : links };
    }
}
