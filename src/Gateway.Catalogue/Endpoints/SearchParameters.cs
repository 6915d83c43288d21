namespace Gateway.Catalogue.Endpoints;

/// <summary>The query string of <c>GET /api/v1/records</c> as given (kept to build the next page's link).</summary>
internal sealed record SearchParameters(
    string? Q, string? Isbn, string? Oclc, string? System, string? Library, string? Limit, string? Cursor);
