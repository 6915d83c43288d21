using Gateway.Contracts;

namespace Gateway.Catalogue.Consolidation;

/// <summary>
/// The consolidated record of a cluster as JSON: the description of its preferred source record (decision 0018), the
/// holdings of every library of every member, and a link to each source record. The same content as the MARC 21 record
/// served over OAI-PMH.
/// </summary>
/// <param name="Id">The cluster id (<c>c</c> + 16 hex digits).</param>
/// <param name="Datestamp">When the consolidated record last changed, members or holdings (UTC).</param>
/// <param name="Deleted">True once the cluster has no member left (it stays, deleted, for good).</param>
/// <param name="MergedInto">For a cluster merged away, the cluster that took its members.</param>
/// <param name="PreferredSourceId">The source record whose description is used; null when deleted.</param>
/// <param name="Description">That record's description; null when deleted.</param>
/// <param name="Sources">Every member source record.</param>
/// <param name="Holdings">One entry per holding library, by region, system and library code.</param>
public sealed record ConsolidatedRecord(
    string Id,
    DateTimeOffset Datestamp,
    bool Deleted,
    string? MergedInto,
    string? PreferredSourceId,
    BibliographicDescription? Description,
    IReadOnlyList<ConsolidatedSource> Sources,
    IReadOnlyList<ConsolidatedHolding> Holdings);
