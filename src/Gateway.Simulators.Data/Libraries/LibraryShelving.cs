namespace Gateway.Simulators.Data.Libraries;

/// <summary>
/// The shelving locations (LOC) and collections (CCODE) one library uses for its items. Codes are system-wide
/// authorised values as in Koha, except each library's own satellite location, limited to that library.
/// </summary>
public sealed record LibraryShelving(string LibraryId, IReadOnlyList<string> Locations, IReadOnlyList<string> Collections)
{
    /// <summary>The library's own location code ("{branchcode}-SAT"), limited to it like a branch-limited LOC value.</summary>
    public string SatelliteLocation => LibraryId + "-SAT";
}
