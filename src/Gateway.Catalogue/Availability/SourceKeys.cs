using Gateway.Availability.Resolution;

namespace Gateway.Catalogue.Availability;

/// <summary>
/// Source record ids (<c>{systemId}:{vendorRecordId}</c>) split for one query over every system: the distinct systems
/// and vendor ids (what the query filters by, a superset of the pairs) and the ids themselves (what the rows it
/// returns are filtered to).
/// </summary>
internal sealed class SourceKeys
{
    private SourceKeys(HashSet<string> ids, List<string> systems, List<string> vendorIds)
    {
        Ids = ids;
        Systems = systems;
        VendorIds = vendorIds;
    }

    /// <summary>The well-formed source ids.</summary>
    public HashSet<string> Ids { get; }

    /// <summary>Their distinct system ids.</summary>
    public List<string> Systems { get; }

    /// <summary>Their distinct vendor record ids.</summary>
    public List<string> VendorIds { get; }

    /// <summary>Splits every well-formed source id; others are left out.</summary>
    public static SourceKeys Of(IEnumerable<string> sourceIds)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var systems = new HashSet<string>(StringComparer.Ordinal);
        var vendorIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in sourceIds)
        {
            if (RecordIds.TryParseSource(id, out var system, out var vendorId))
            {
                ids.Add(id);
                systems.Add(system);
                vendorIds.Add(vendorId);
            }
        }

        return new SourceKeys(ids, [.. systems], [.. vendorIds]);
    }

    /// <summary>The system and vendor record id of a source id (the whole id and "" when it is not one).</summary>
    public static (string SystemId, string VendorRecordId) Split(string sourceId) =>
        RecordIds.TryParseSource(sourceId, out var systemId, out var vendorRecordId) ? (systemId, vendorRecordId) : (sourceId, "");
}
