namespace Gateway.Adapters.Koha.Harvesting;

/// <summary>The change streams the adapter follows per system.</summary>
internal static class HarvestStreams
{
    public const string Records = "records";
    public const string Deletions = "deletions";
    public const string Items = "items";

    /// <summary>The OAI-PMH pass (checkpoint: the end of the last window).</summary>
    public const string OaiPmh = "oai-pmh";

    /// <summary>The catalogue's watermark of item removals (<c>HoldingsRemoved</c>).</summary>
    public const string ItemRemovals = "item-removals";
}
