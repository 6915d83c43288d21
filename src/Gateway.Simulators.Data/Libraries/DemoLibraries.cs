using System.Globalization;

namespace Gateway.Simulators.Data.Libraries;

/// <summary>The libraries of the demo regional systems; any other system gets generated codes.</summary>
public static class DemoLibraries
{
    private static readonly Dictionary<string, LibraryInfo[]> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["koha-east"] =
        [
            new("ADD", "Cambridge University Hospitals - Addenbrooke's Library", "Cambridge"),
            new("NNUH", "Norfolk and Norwich University Hospitals Library", "Norwich"),
            new("BSUH", "University Hospitals Sussex Library and Knowledge Service", "Brighton"),
            new("EKHUFT", "East Kent Hospitals Library", "Canterbury"),
        ],
        ["koha-london"] =
        [
            new("BARTS", "Barts Health Library", "London"),
            new("GSTT", "Guy's and St Thomas' Library", "London"),
            new("IMPERIAL", "Imperial College Healthcare Library", "London"),
        ],
        ["koha-midlands"] =
        [
            new("UHB", "University Hospitals Birmingham Library", "Birmingham"),
            new("NUH", "Nottingham University Hospitals Library", "Nottingham"),
            new("UHL", "University Hospitals of Leicester Library", "Leicester"),
        ],
    };

    /// <summary>The built-in libraries of a demo system, or three generated ones ("{PREFIX}1".."3").</summary>
    public static IReadOnlyList<LibraryInfo> For(string systemId)
    {
        ArgumentNullException.ThrowIfNull(systemId);
        if (Known.TryGetValue(systemId, out var libraries))
        {
            return libraries;
        }

        var prefix = new string([.. systemId.Where(char.IsAsciiLetterOrDigit).Take(6)]).ToUpperInvariant();
        prefix = prefix.Length == 0 ? "LIB" : prefix;
        return [.. Enumerable.Range(1, 3).Select(i =>
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            return new LibraryInfo(prefix + n, $"{systemId} library {n}", "England");
        })];
    }

    /// <summary>True when the system id has a built-in library table.</summary>
    public static bool IsKnown(string systemId) => Known.ContainsKey(systemId);
}
