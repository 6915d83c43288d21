namespace Gateway.Catalogue.Storage;

/// <summary>
/// One OAI-PMH set a consolidated record belongs to (<c>region:…</c>, <c>system:…</c>, <c>library:…</c> and their
/// parents), kept when memberships or holdings change so a set is one index range at a million records. A retired
/// cluster keeps its last sets, so set harvesters see its deleted header.
/// </summary>
internal sealed class ClusterSetEntry
{
    public required string SetSpec { get; set; }

    public required string ClusterId { get; set; }
}
