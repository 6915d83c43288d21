namespace Gateway.Catalogue.Search;

/// <summary>What a search hit shows besides its title, kept with the cluster's search entry (as JSON).</summary>
/// <param name="Authors">The preferred member's names, main entry first.</param>
/// <param name="Year">The preferred member's year of publication, else any member's.</param>
/// <param name="Format">The preferred member's broad format, else any member's.</param>
/// <param name="Isbns">Every member's ISBN-13s.</param>
/// <param name="Issns">Every member's ISSNs.</param>
/// <param name="OclcNumbers">Every member's OCLC numbers (digits).</param>
internal sealed record SearchSummary(
    IReadOnlyList<string> Authors,
    int? Year,
    string? Format,
    IReadOnlyList<string> Isbns,
    IReadOnlyList<string> Issns,
    IReadOnlyList<string> OclcNumbers);
