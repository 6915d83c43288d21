using Gateway.Catalogue.Storage;

namespace Gateway.Catalogue.Clustering;

/// <summary>
/// One OAI version of a cluster as a page sees it: a stored one (<paramref name="Seq"/>) or one the page added
/// (<paramref name="Added"/>, inserted with the page's save).
/// </summary>
internal sealed record PageVersion(long? Seq, DateTime Datestamp, ClusterVersion? Added);
