using Gateway.Systems;

namespace Gateway.Catalogue.Consolidation;

/// <summary>What one library holds of a consolidated record (its items across every member record of its system).</summary>
/// <param name="Region">The region of the library's system (MARC 852 $a).</param>
/// <param name="SystemId">The library's regional system (852 $x).</param>
/// <param name="LibraryCode">The library's code in its system (852 $b).</param>
/// <param name="LibraryName">The library's name from the registry (its code when not registered).</param>
/// <param name="Items">How many items it holds.</param>
/// <param name="Available">How many of them are available now (as last reported).</param>
/// <param name="Statuses">Item count per status.</param>
/// <param name="Locations">Distinct shelving locations (at most five; 852 $c).</param>
/// <param name="CallNumbers">Distinct call numbers (at most five; the first is 852 $h).</param>
/// <param name="Links">Where a user sees, reserves or borrows it at this library (the registry's templates filled with the library's own record id); null when the library has none.</param>
public sealed record ConsolidatedHolding(
    string Region,
    string SystemId,
    string LibraryCode,
    string LibraryName,
    int Items,
    int Available,
    IReadOnlyDictionary<string, int> Statuses,
    IReadOnlyList<string> Locations,
    IReadOnlyList<string> CallNumbers,
    RequestLinks? Links = null);
