using System.Collections.Concurrent;
using System.Globalization;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>Small text rules of cataloguing: ISBD punctuation, edition statements, name forms.</summary>
internal static class CatalogueText
{
    private static readonly string[] OrdinalWords =
        ["First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh"];

    private static readonly ConcurrentDictionary<string, string> Pool = new(StringComparer.Ordinal);

    /// <summary>
    /// One shared instance of a short, often repeated value ("Edinburgh :", "24 cm."), so that hundreds of
    /// thousands of records do not each carry their own copy.
    /// </summary>
    public static string Shared(string value) => Pool.GetOrAdd(value, value);

    /// <summary>Appends an ISBD separator (" :", " /", ".") unless punctuation is omitted or already there.</summary>
    public static string Punctuate(string value, string separator, bool isbd)
    {
        if (!isbd)
        {
            return value;
        }

        if (separator == "." || separator == ",")
        {
            return value.EndsWith('.') ? value : value + separator;
        }

        return value + " " + separator;
    }

    /// <summary>"3rd" for 3, "21st" for 21.</summary>
    public static string Ordinal(int n)
    {
        var suffix = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>An edition statement in AACR2 ("3rd ed.") or RDA ("Third edition." / "3rd edition.") form.</summary>
    public static string EditionStatement(int number, bool rda, bool spelled) =>
        !rda ? Ordinal(number) + " ed."
        : spelled && number <= OrdinalWords.Length ? OrdinalWords[number - 1] + " edition."
        : Ordinal(number) + " edition.";

    /// <summary>"Longmore, Murray B." to "Murray B. Longmore".</summary>
    public static string DirectOrder(string invertedName)
    {
        var comma = invertedName.IndexOf(',', StringComparison.Ordinal);
        return comma < 0 ? invertedName : invertedName[(comma + 2)..] + " " + invertedName[..comma];
    }

    /// <summary>"A, B and C".</summary>
    public static string JoinNames(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1];
    }
}
