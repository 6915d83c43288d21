namespace Gateway.Systems;

/// <summary>One regional library management system as configured.</summary>
public sealed class RegionalSystemOptions
{
    /// <summary>Required. Human-readable name.</summary>
    public string? Name { get; set; }

    /// <summary>Required. One of <see cref="Vendors.All"/>.</summary>
    public string? Vendor { get; set; }

    /// <summary>Required. The NHS region(s) it serves, as a slug (e.g. <c>london</c>).</summary>
    public string? Region { get; set; }

    /// <summary>Required. Absolute http(s) base URL of the vendor API (Koha: the host serving <c>/api/v1</c>).</summary>
    public string? BaseUrl { get; set; }

    /// <summary>False to keep the system listed but not harvested. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Optional. Request-link templates of every library of the system (a library may override each).</summary>
    public RequestLinkOptions? RequestLinks { get; set; }

    /// <summary>Required, at least one. The library services (branches) of the system.</summary>
    public List<LibraryOptions> Libraries { get; set; } = [];
}
