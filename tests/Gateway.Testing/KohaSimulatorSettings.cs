using System.Globalization;

namespace Gateway.Testing;

/// <summary>The settings a test gives an in-process Koha simulator: one system, a seed, no change feed.</summary>
public static class KohaSimulatorSettings
{
    /// <summary>
    /// The simulator as <paramref name="systemId"/> with <paramref name="records"/> records from <paramref name="seed"/>,
    /// the OAuth2 client <c>gateway</c> with <paramref name="secret"/>, no changes of its own, then <paramref name="extra"/>.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, string>> For(string systemId, int seed, int records, string secret, IReadOnlyDictionary<string, string>? extra = null)
    {
        yield return new("KohaSimulator:SystemId", systemId);
        yield return new("KohaSimulator:Seed", seed.ToString(CultureInfo.InvariantCulture));
        yield return new("KohaSimulator:RecordCount", records.ToString(CultureInfo.InvariantCulture));
        yield return new("KohaSimulator:ClientId", "gateway");
        yield return new("KohaSimulator:ClientSecret", secret);
        yield return new("KohaSimulator:ChangeIntervalSeconds", "0");
        foreach (var setting in extra ?? new Dictionary<string, string>())
        {
            yield return setting;
        }
    }
}
