namespace Gateway.Catalogue.Storage;

/// <summary>Which cluster a live source record is in, the evidence that put it there, and what clustering knows of it.</summary>
internal sealed class ClusterMembership
{
    /// <summary>The source record, <c>{systemId}:{vendorRecordId}</c>.</summary>
    public required string SourceId { get; set; }

    public required string ClusterId { get; set; }

    /// <summary>The key that joined it (e.g. <c>isbn:978…</c>); null for the member that founded the cluster.</summary>
    public string? JoinedVia { get; set; }

    /// <summary>The member whose key it matched; null for the founder.</summary>
    public string? MatchedSourceId { get; set; }

    public DateTime JoinedAt { get; set; }

    /// <summary>The <c>Gateway.Clustering.MatchRecord</c> as JSON, so neighbours are compared without re-reading MARC.</summary>
    public required string MatchJson { get; set; }
}
