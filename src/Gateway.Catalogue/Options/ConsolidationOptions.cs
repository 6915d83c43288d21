namespace Gateway.Catalogue.Options;

/// <summary>
/// How the consolidated record is chosen (decision 0018).
/// <code>
/// "Consolidation": { "SystemPriority": [ "koha-london", "koha-east" ] }
/// </code>
/// </summary>
public sealed class ConsolidationOptions
{
    public const string SectionName = "Consolidation";

    /// <summary>
    /// Optional. System ids in order of preference when two source records are equally complete; systems not listed
    /// come after, by id.
    /// </summary>
    public List<string> SystemPriority { get; set; } = [];
}
