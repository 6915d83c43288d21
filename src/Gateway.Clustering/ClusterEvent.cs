namespace Gateway.Clustering;

/// <summary>One entry of a cluster's audit log: what happened, to which source record, through which key, and why.</summary>
public sealed record ClusterEvent
{
    /// <summary>Required. What happened.</summary>
    public required ClusterEventKind Kind { get; init; }

    /// <summary>Required. The cluster it happened to.</summary>
    public required string ClusterId { get; init; }

    /// <summary>The source record that caused it (joined, left, created, or whose match caused a merge or split).</summary>
    public string? SourceId { get; init; }

    /// <summary>For <see cref="ClusterEventKind.Merged"/> the cluster merged in; for <see cref="ClusterEventKind.Split"/> the new cluster.</summary>
    public string? OtherClusterId { get; init; }

    /// <summary>The key that joined or merged, as <see cref="MatchKey.ToString"/> shows it.</summary>
    public string? Key { get; init; }

    /// <summary>For a join, the member whose key matched.</summary>
    public string? MatchedSourceId { get; init; }

    /// <summary>Required. A sentence for operators.</summary>
    public required string Detail { get; init; }

    /// <summary>Required. When it happened (UTC).</summary>
    public required DateTimeOffset At { get; init; }
}
