namespace Gateway.Api.Options;

/// <summary>
/// Which modules run inside the gateway process. The embedded default runs them all here; the distributed mode turns
/// them off and routes to their own processes through YARP (<c>ReverseProxy</c> section).
/// <code>
/// "Modules": { "Catalogue": true, "KohaAdapter": true, "Availability": true }
/// </code>
/// </summary>
public sealed class ModulesOptions
{
    public const string SectionName = "Modules";

    /// <summary>Host the catalogue (store, consumers, records API) in this process.</summary>
    public bool Catalogue { get; set; } = true;

    /// <summary>Host the Koha adapter in this process.</summary>
    public bool KohaAdapter { get; set; } = true;

    /// <summary>
    /// Host the availability service (<c>/api/v1/records/{id}/availability</c>, <c>/api/v1/availability</c>) in this
    /// process. It resolves records through the catalogue when that is hosted here too, else by source id only.
    /// </summary>
    public bool Availability { get; set; } = true;
}
