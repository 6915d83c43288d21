namespace Gateway.Catalogue.Storage;

/// <summary>
/// A consolidated record: one edition as every system holds it. Kept after its last member leaves (as deleted, so an
/// OAI-PMH harvester sees a deleted header); its id is never reused.
/// </summary>
internal sealed class Cluster
{
    /// <summary>Stable id, <c>c</c> + 16 hex digits (see <c>Gateway.Clustering.ClusterIds</c>).</summary>
    public required string Id { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// When the consolidated record last changed (UTC): a member joined, left or changed, or a member's holdings
    /// changed. The OAI-PMH datestamp.
    /// </summary>
    public DateTime Datestamp { get; set; }

    /// <summary>Number of source records in the cluster; 0 once retired.</summary>
    public int MemberCount { get; set; }

    /// <summary>True once the last member left (merged into another cluster, deleted, or moved away).</summary>
    public bool IsDeleted { get; set; }

    /// <summary>For a cluster merged away, the cluster that took its members.</summary>
    public string? MergedInto { get; set; }
}
