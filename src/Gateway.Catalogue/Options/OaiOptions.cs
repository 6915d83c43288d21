using System.ComponentModel.DataAnnotations;

namespace Gateway.Catalogue.Options;

/// <summary>
/// The OAI-PMH 2.0 provider at <c>/oai</c> (decision 0018).
/// <code>
/// "Oai": {
///   "RepositoryIdentifier": "library-hub.nhs.example", "RepositoryName": "NHS Library Hub consolidated catalogue",
///   "AdminEmail": "library-hub@nhs.example", "BaseUrl": "https://hub.nhs.example/oai",
///   "PageSize": 100, "TokenLifetime": "1.00:00:00", "TokenKey": "(base64, from the environment)"
/// }
/// </code>
/// </summary>
public sealed class OaiOptions
{
    public const string SectionName = "Oai";

    /// <summary>Required. The repository identifier of <c>oai:{RepositoryIdentifier}:{clusterId}</c> (a domain name).</summary>
    [Required, RegularExpression(@"^[a-zA-Z][a-zA-Z0-9\-]*(\.[a-zA-Z][a-zA-Z0-9\-]*)+$",
        ErrorMessage = "Oai:RepositoryIdentifier must be a domain name such as 'library-hub.nhs.example'.")]
    public string RepositoryIdentifier { get; set; } = "library-hub.nhs.example";

    /// <summary>Required. Human-readable name of the repository (Identify).</summary>
    [Required]
    public string RepositoryName { get; set; } = "NHS Library Hub consolidated catalogue";

    /// <summary>Required. Who harvesters write to (Identify).</summary>
    [Required, EmailAddress]
    public string AdminEmail { get; set; } = "library-hub@nhs.example";

    /// <summary>Optional. The public base URL (behind the gateway or a proxy); by default the URL of the request.</summary>
    [Url]
    public string? BaseUrl { get; set; }

    /// <summary>Records (or headers) per list page.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 100;

    /// <summary>
    /// How long a list may take from its first request: every resumption token of the list expires then. Superseded
    /// datestamp versions are pruned after this (plus an hour), so it also bounds the version log.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// Optional. Base64 key (at least 32 bytes) that signs resumption tokens (HMAC-SHA256). Without one a random key is
    /// made at start-up, so tokens do not survive a restart. A secret: from the environment, never a committed file.
    /// </summary>
    public string? TokenKey { get; set; }
}
