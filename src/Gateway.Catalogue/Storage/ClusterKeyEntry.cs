namespace Gateway.Catalogue.Storage;

/// <summary>
/// One match key (e.g. <c>isbn:9780199689903</c>) that a live member of a cluster holds: the index a record's candidate
/// clusters are found by (<c>cluster_keys</c>). One row a key and cluster, however many members hold it (decision 0049).
/// </summary>
internal sealed class ClusterKeyEntry
{
    public required string Key { get; set; }

    public required string ClusterId { get; set; }
}
