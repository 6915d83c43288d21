namespace Gateway.Catalogue.Consumers;

/// <summary>The names of the ingest streams that have watermarks.</summary>
internal static class IngestStreams
{
    public const string Records = "records";
    public const string Deletions = "deletions";
    public const string Items = "items";

    /// <summary>Item deletions (<c>HoldingsRemoved</c>), positioned by (vendor time, record id).</summary>
    public const string ItemRemovals = "item-removals";
}
