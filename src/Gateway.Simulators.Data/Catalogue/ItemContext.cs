using Gateway.Simulators.Data.Circulation;
using Gateway.Simulators.Data.Editions;
using Gateway.Simulators.Data.Libraries;
using Gateway.Simulators.Data.Randomness;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>What item and circulation generation needs from the system: libraries, shelving, id counters, decision streams.</summary>
internal sealed class ItemContext(string systemId, EditionPool pool, IReadOnlyList<LibraryInfo> libraries)
{
    public IReadOnlyList<LibraryInfo> Libraries => libraries;

    public IReadOnlyList<LibraryShelving> Shelving { get; } = ShelvingCodes.For(libraries);

    public CirculationIds Ids { get; } = new();

    /// <summary>A decision stream apart from the record's own, so adding circulation detail leaves records unchanged.</summary>
    public Prng Stream(string label, long value) => pool.Stream(systemId, label, value);

    public LibraryShelving ShelvingOf(string libraryId) =>
        Shelving.FirstOrDefault(s => s.LibraryId == libraryId) ?? Shelving[0];

    /// <summary>Another library than <paramref name="libraryId"/>, or null when the system has only one.</summary>
    public string? OtherLibrary(string libraryId, Prng r)
    {
        if (libraries.Count < 2)
        {
            return null;
        }

        var others = libraries.Where(l => l.Code != libraryId).ToList();
        return r.Pick(others).Code;
    }
}
