namespace Gateway.Catalogue.Storage;

/// <summary>
/// One OAI-PMH set a consolidated record belongs to (<c>region:…</c>, <c>system:…</c>, <c>library:…</c>; the parents
/// <c>region</c>, <c>system</c>, <c>library</c> are not stored but derived from these, decision 0036), kept when
/// memberships or holdings change so a set is one index range at a million records. A retired cluster keeps its last
/// sets, so set harvesters see its deleted header.
/// </summary>
internal sealed class ClusterSetEntry
{
    public required string SetSpec { get; set; }

    public required string ClusterId { get; set; }
}
