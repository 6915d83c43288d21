namespace Gateway.Simulators.Data.Vocabulary;

/// <summary>A publisher: name, place of publication, MARC country code and ISBN registrant prefixes (after 978).</summary>
public sealed record Publisher(string Name, string Place, string CountryCode, IReadOnlyList<string> IsbnPrefixes, int Weight);
