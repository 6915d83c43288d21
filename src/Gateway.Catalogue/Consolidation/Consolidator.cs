using System.Text.Json;
using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Options;
using Gateway.Contracts;
using Gateway.Marc;
using Gateway.Systems;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue.Consolidation;

/// <summary>Builds consolidated records (JSON shape and MARC 21) from what <see cref="ConsolidationLoader"/> loads.</summary>
internal sealed class Consolidator(ISystemsRegistry registry, IOptions<ConsolidationOptions> options)
{
    private const int MaxListed = 5;

    /// <summary>The consolidated record and its MARC 21 form (null when the cluster is deleted or has no live member).</summary>
    /// <param name="input">The cluster, its members and their items.</param>
    /// <param name="apiBase">Prefix of the links to source records, e.g. <c>https://hub.example</c> (no trailing slash).</param>
    public (ConsolidatedRecord Record, MarcRecord? Marc) Build(ConsolidationInput input, string apiBase)
    {
        var cluster = input.Cluster;
        var datestamp = new DateTimeOffset(DateTime.SpecifyKind(cluster.Datestamp, DateTimeKind.Utc));
        if (cluster.IsDeleted || input.Members.Count == 0)
        {
            return (new ConsolidatedRecord(cluster.Id, datestamp, true, cluster.MergedInto, null, null, [], []), null);
        }

        var candidates = input.Members.Select(m => new PreferredRecord.Candidate(m, ParseMarc(m.MarcXml),
            JsonSerializer.Deserialize<BibliographicDescription>(m.DescriptionJson, CatalogueJson.Options)
                ?? new BibliographicDescription { Title = m.Title })).ToList();
        var preferred = PreferredRecord.Choose(candidates, options.Value.SystemPriority);

        var sources = input.Members.Select(m =>
        {
            var id = RecordId.Format(m.SystemId, m.VendorRecordId);
            var system = registry.Find(m.SystemId);
            return new ConsolidatedSource(id, m.SystemId, system?.Name ?? m.SystemId, system?.Region ?? "unknown",
                $"{apiBase}/api/v1/records/{Uri.EscapeDataString(id)}");
        }).ToList();

        var holdings = input.Items
            .Where(i => i.LibraryCode.Length > 0)
            .GroupBy(i => (i.SystemId, i.LibraryCode))
            .Select(g => Holding(g.Key.SystemId, g.Key.LibraryCode, [.. g]))
            .OrderBy(h => h.Region, StringComparer.Ordinal)
            .ThenBy(h => h.SystemId, StringComparer.Ordinal)
            .ThenBy(h => h.LibraryCode, StringComparer.Ordinal)
            .ToList();

        var record = new ConsolidatedRecord(cluster.Id, datestamp, false, null,
            RecordId.Format(preferred.Record.SystemId, preferred.Record.VendorRecordId), preferred.Description, sources, holdings);
        return (record, ConsolidatedMarc.Build(record, preferred.Marc));
    }

    private ConsolidatedHolding Holding(string systemId, string libraryCode, IReadOnlyList<Storage.SourceItem> items)
    {
        var system = registry.Find(systemId);
        var library = system?.Libraries.FirstOrDefault(l => l.Code == libraryCode);
        var name = library?.Name ?? libraryCode;
        var links = library?.RequestLinks.For(items.Select(i => i.VendorRecordId).Min(StringComparer.Ordinal)!, libraryCode);
        return new ConsolidatedHolding(
            system?.Region ?? "unknown",
            systemId,
            libraryCode,
            name,
            items.Count,
            items.Count(i => i.Status == ItemStatuses.Available),
            items.GroupBy(i => i.Status, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            Distinct(items.Select(i => i.Location)),
            Distinct(items.Select(i => i.CallNumber)),
            links is { IsEmpty: false } ? links : null);
    }

    private static List<string> Distinct(IEnumerable<string?> values) =>
        [.. values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(MaxListed)];

    private static MarcRecord? ParseMarc(string? marcXml)
    {
        if (string.IsNullOrEmpty(marcXml))
        {
            return null;
        }

        try
        {
            return MarcXmlReader.ParseRecord(marcXml);
        }
        catch (MarcFormatException)
        {
            return null; // stored records were read once already; a broken one falls back to its description
        }
    }
}
