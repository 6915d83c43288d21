namespace Gateway.Clustering;

/// <summary>What happened to a cluster, as kept in the audit log operators read.</summary>
public enum ClusterEventKind
{
    /// <summary>A source record matched no cluster and founded a new one.</summary>
    Created,

    /// <summary>A source record joined the cluster through a key it shares with a member.</summary>
    Joined,

    /// <summary>A source record left the cluster: it was deleted, or changed so that it no longer belongs.</summary>
    Left,

    /// <summary>Another cluster was merged into this one: a source record matched members of both.</summary>
    Merged,

    /// <summary>Members lost their link to the rest of the cluster and moved to a new cluster of their own.</summary>
    Split,

    /// <summary>The cluster's last member left; the cluster id stays known as deleted, never reused.</summary>
    Retired,
}
