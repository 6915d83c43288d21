namespace Gateway.Catalogue.Endpoints;

/// <summary>A page of records with the cursor of the next page.</summary>
/// <param name="Items">The records, in a stable order.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> to get the next page; null on the last page.</param>
/// <param name="Next">The next page's URL, or null.</param>
public sealed record RecordPage(IReadOnlyList<RecordResponse> Items, string? NextCursor, string? Next);
