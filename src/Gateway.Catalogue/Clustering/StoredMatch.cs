using Gateway.Clustering;

namespace Gateway.Catalogue.Clustering;

/// <summary>
/// A membership's match record read from its <paramref name="Json"/> once a page, with the text it serialises back to
/// (<paramref name="Serialized"/>): what <see cref="ClusterMaintainer"/> compares to decide whether the row changed.
/// </summary>
internal sealed record StoredMatch(string Json, MatchRecord Record, string Serialized);
