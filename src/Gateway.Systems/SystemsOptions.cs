namespace Gateway.Systems;

/// <summary>
/// The registry as configured: regional systems keyed by their id. Adding a system is configuration, not code.
/// <code>
/// "Systems": {
///   "koha-east": {
///     "Name": "East of England and Kent, Surrey and Sussex", "Vendor": "koha", "Region": "east-of-england",
///     "BaseUrl": "https://koha-east.example.nhs.uk",
///     "Libraries": [ { "Code": "ADD", "Name": "Addenbrooke's Library" } ]
///   }
/// }
/// </code>
/// </summary>
public sealed class SystemsOptions
{
    public const string SectionName = "Systems";

    /// <summary>The systems, keyed by id (lower-case letters, digits and dashes).</summary>
    public Dictionary<string, RegionalSystemOptions> Systems { get; } = new(StringComparer.Ordinal);
}
