namespace Gateway.Catalogue.Storage;

/// <summary>
/// A live cluster as search sees it (decision 0021): its words, folded (<c>Gateway.Clustering.TextFolding</c>), in two
/// columns the full-text index covers — an FTS5 table over this one on SQLite, a generated <c>tsvector</c> column with
/// a GIN index on PostgreSQL (both made by raw SQL in the migrations) — and what a hit shows. Written in the ingest
/// unit of work; a retired cluster has no entry.
/// </summary>
internal sealed class ClusterSearchEntry
{
    /// <summary>Surrogate key: the FTS5 table's rowid on SQLite (an explicit integer key, so VACUUM keeps it).</summary>
    public long Id { get; set; }

    public required string ClusterId { get; set; }

    /// <summary>Every member's title proper and subtitle, folded, distinct.</summary>
    public string TitleText { get; set; } = "";

    /// <summary>Every member's names, subjects, publisher, edition and year, folded, distinct.</summary>
    public string OtherText { get; set; } = "";

    /// <summary>Words in the shortest member title: among equal matches, the shorter title ranks first.</summary>
    public int TitleWords { get; set; }

    /// <summary>The title a hit shows (the preferred member's).</summary>
    public string Title { get; set; } = "";

    /// <summary>The rest a hit shows, as JSON (<c>Search.SearchSummary</c>).</summary>
    public string SummaryJson { get; set; } = "{}";
}
