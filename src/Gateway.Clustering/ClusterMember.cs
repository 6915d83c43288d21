namespace Gateway.Clustering;

/// <summary>A source record in a cluster, with the evidence that put it there.</summary>
public sealed record ClusterMember
{
    /// <summary>Required. The cluster.</summary>
    public required string ClusterId { get; init; }

    /// <summary>Required. The source record as clustering sees it.</summary>
    public required MatchRecord Record { get; init; }

    /// <summary>The key that joined it to the cluster; null for the record that founded the cluster.</summary>
    public MatchKey? JoinedVia { get; init; }

    /// <summary>The member it matched when it joined; null for the founder.</summary>
    public string? MatchedSourceId { get; init; }

    /// <summary>Required. When it joined (UTC).</summary>
    public required DateTimeOffset JoinedAt { get; init; }

    /// <summary>The source record's id.</summary>
    public string SourceId => Record.SourceId;
}
