namespace Gateway.Catalogue.Search;

/// <summary>One hit as the search query returns it: the cluster and, when ranked, its score (higher first).</summary>
internal sealed record SearchKey(string ClusterId, int? Score);
