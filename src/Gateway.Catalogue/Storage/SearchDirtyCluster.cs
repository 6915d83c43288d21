namespace Gateway.Catalogue.Storage;

/// <summary>
/// A cluster whose search row must be rebuilt (decision 0030): written by ingest in the same transaction as the change
/// that touched the cluster, so a crash never loses it; deleted by <c>ClusterSearchRefresher</c> in the transaction
/// that rewrites the row. Append-only: the same cluster may be marked many times before it is refreshed.
/// </summary>
internal sealed class SearchDirtyCluster
{
    /// <summary>Position in the backlog (ascending); the refresher deletes exactly the marks it read.</summary>
    public long Seq { get; set; }

    public required string ClusterId { get; set; }
}
