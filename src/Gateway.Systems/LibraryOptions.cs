namespace Gateway.Systems;

/// <summary>A library service (Koha branch, Axiell location, OCLC holding library) within a regional system.</summary>
public sealed class LibraryOptions
{
    /// <summary>Required. The vendor's code for the library (Koha <c>library_id</c>, up to 10 characters).</summary>
    public string? Code { get; set; }

    /// <summary>Required. Human-readable name.</summary>
    public string? Name { get; set; }

    /// <summary>Optional. This library's request-link templates; each one given wins over the system's.</summary>
    public RequestLinkOptions? RequestLinks { get; set; }
}
