namespace Gateway.Catalogue.Storage;

/// <summary>
/// One change of a consolidated record's datestamp, in an append-only log: the order OAI-PMH lists page by (a list
/// fixes the newest <see cref="Seq"/> at its first request, so changes during a harvest never move a record within
/// it; decision 0018). Versions superseded longer ago than a resumption token lives are pruned.
/// </summary>
internal sealed class ClusterVersion
{
    /// <summary>Position in the log (ascending, never reused).</summary>
    public long Seq { get; set; }

    public required string ClusterId { get; set; }

    /// <summary>The cluster's datestamp as of this version (UTC).</summary>
    public DateTime Datestamp { get; set; }
}
