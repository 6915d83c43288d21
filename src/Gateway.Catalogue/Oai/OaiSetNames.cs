using Gateway.Systems;

namespace Gateway.Catalogue.Oai;

/// <summary>The sets of ListSets, named from the systems registry: the three parents, then regions, systems, libraries.</summary>
internal static class OaiSetNames
{
    public static IReadOnlyList<(string Spec, string Name)> From(ISystemsRegistry registry)
    {
        var systems = registry.All;
        if (systems.Count == 0)
        {
            return [];
        }

        var sets = new List<(string, string)>
        {
            (OaiSets.RegionParent, "Regions"),
            (OaiSets.SystemParent, "Regional library systems"),
            (OaiSets.LibraryParent, "Libraries"),
        };
        sets.AddRange(systems.Select(s => s.Region).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(r => (OaiSets.Region(r), $"Region: {r}")));
        sets.AddRange(systems.Select(s => (OaiSets.System(s.Id), s.Name)));
        sets.AddRange(systems.SelectMany(s => s.Libraries.Select(l => (OaiSets.Library(s.Id, l.Code), $"{l.Name} ({s.Name})"))));
        return sets;
    }
}
