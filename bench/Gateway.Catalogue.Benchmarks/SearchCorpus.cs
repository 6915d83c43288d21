namespace Gateway.Catalogue.Benchmarks;

/// <summary>What the search clients draw their queries from: real words, identifiers and libraries of the built catalogue.</summary>
internal sealed class SearchCorpus
{
    /// <summary>Title words (folded, four letters or more), one per sampled title: common words come up often, as in use.</summary>
    public List<string> TitleWords { get; } = [];

    /// <summary>The twenty most frequent of <see cref="TitleWords"/>: the deep-paging queries (many hits).</summary>
    public List<string> CommonWords { get; } = [];

    /// <summary>ISBN-13s of sampled records.</summary>
    public List<string> Isbns { get; } = [];

    /// <summary>OCLC numbers of sampled records.</summary>
    public List<string> OclcNumbers { get; } = [];

    /// <summary>Each system's library codes (from its generated catalogue).</summary>
    public Dictionary<string, List<string>> Libraries { get; } = new(StringComparer.Ordinal);

    /// <summary>Each system's region.</summary>
    public Dictionary<string, string> Regions { get; } = new(StringComparer.Ordinal);
}
