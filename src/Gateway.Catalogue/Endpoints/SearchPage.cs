namespace Gateway.Catalogue.Endpoints;

/// <summary>A page of search hits with the cursor of the next page.</summary>
/// <param name="Items">The hits: best first when searching words (<c>q</c>), else in consolidated record id order.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> (with the same query) to get the next page; null on the last page.</param>
/// <param name="Next">The next page's URL, or null.</param>
public sealed record SearchPage(IReadOnlyList<SearchHit> Items, string? NextCursor, string? Next);
