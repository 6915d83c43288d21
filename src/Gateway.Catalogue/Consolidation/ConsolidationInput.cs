using Gateway.Catalogue.Storage;

namespace Gateway.Catalogue.Consolidation;

/// <summary>What a consolidated record is made of: the cluster, its live source records and their items.</summary>
internal sealed record ConsolidationInput(Cluster Cluster, IReadOnlyList<SourceRecord> Members, IReadOnlyList<SourceItem> Items);
