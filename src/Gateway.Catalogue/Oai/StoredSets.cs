using Gateway.Systems;

namespace Gateway.Catalogue.Oai;

/// <summary>
/// Which OAI sets <c>cluster_sets</c> holds and how the others follow from them (decision 0036). Only a record's
/// <c>system:{id}</c> and <c>library:{id}.{code}</c> rows are stored; its <c>region:{region}</c> sets are the regions the
/// systems registry gives its systems, and it is in a parent set (<c>region</c>, <c>system</c>, <c>library</c>) exactly
/// when it is in one of that parent's children. So a new consolidated record writes one set row a system (plus one a
/// holding library) instead of four, and what a harvester sees is the same.
/// </summary>
internal static class StoredSets
{
    /// <summary>
    /// Where a set's records are found among the stored rows: those of a record with a row of one of
    /// <see cref="SetRows.Specs"/>, or (when <see cref="SetRows.Prefix"/> is set) with a row starting with it.
    /// </summary>
    public static SetRows RowsOf(string set, ISystemsRegistry registry) => set switch
    {
        OaiSets.RegionParent => new SetRows([.. registry.All.Select(s => OaiSets.System(s.Id)).Distinct(StringComparer.Ordinal)], null),
        OaiSets.SystemParent or OaiSets.LibraryParent => new SetRows([], OaiSets.ChildPrefix(set)),
        _ when set.StartsWith(OaiSets.ChildPrefix(OaiSets.RegionParent), StringComparison.Ordinal) => new SetRows(
            [.. registry.All.Where(s => OaiSets.Region(s.Region) == set).Select(s => OaiSets.System(s.Id)).Distinct(StringComparer.Ordinal)], null),
        _ => new SetRows([set], null),
    };

    /// <summary>
    /// A record's sets from its stored rows: those rows, the region of each of its systems the registry knows, and the
    /// parents of them all; in ordinal order, each once (what its OAI header lists).
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> storedSpecs, ISystemsRegistry registry)
    {
        var regions = registry.All.ToDictionary(s => OaiSets.System(s.Id), s => OaiSets.Region(s.Region), StringComparer.Ordinal);
        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var spec in storedSpecs)
        {
            all.Add(spec);
            if (regions.TryGetValue(spec, out var region))
            {
                all.Add(region);
                all.Add(OaiSets.RegionParent);
            }

            var colon = spec.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && OaiSets.IsParent(spec[..colon]))
            {
                all.Add(spec[..colon]);
            }
        }

        return [.. all];
    }
}
