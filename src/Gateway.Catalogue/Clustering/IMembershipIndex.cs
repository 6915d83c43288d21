using Gateway.Catalogue.Storage;

namespace Gateway.Catalogue.Clustering;

/// <summary>An in-memory view of membership rows kept in step while they change (a page's, see <see cref="PageNeighbourhood"/>).</summary>
internal interface IMembershipIndex
{
    /// <summary>A row was added.</summary>
    void AddMembership(ClusterMembership row);

    /// <summary>A row is about to move to <paramref name="clusterId"/> (or stays where it is).</summary>
    void MoveMembership(ClusterMembership row, string clusterId);

    /// <summary>A row was removed.</summary>
    void RemoveMembership(ClusterMembership row);
}
