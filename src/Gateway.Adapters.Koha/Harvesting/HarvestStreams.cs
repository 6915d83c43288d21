namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>The change streams the adapter follows per system.</summary>
internal static class HarvestStreams
{
    public const string Records = "records";
    public const string Deletions = "deletions";
    public const string Items = "items";
}
