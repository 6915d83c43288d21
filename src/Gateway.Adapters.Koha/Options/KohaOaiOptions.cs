namespace Gateway.Adapters.Koha.Options;

/// <summary>
/// Koha's OAI-PMH repository (<c>/cgi-bin/koha/oai.pl</c>) as a second path for deletions, per system. A system
/// without this section is not read over OAI-PMH.
/// <code>
/// "KohaAdapter": { "OaiPmh": { "koha-east": {
///   "BaseUrl": "https://opac.example/", "MetadataPrefix": "marcxml", "Deletions": true, "ItemDeletions": true, "RestDeletions": true } } }
/// </code>
/// </summary>
public sealed class KohaOaiOptions
{
    /// <summary>The OPAC host serving <c>/cgi-bin/koha/oai.pl</c>; when null, the system's <c>BaseUrl</c>.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// The <c>metadataPrefix</c> of ListIdentifiers. For item deletions it must be a format Koha serves with
    /// <c>include_items</c> (extended mode): only then do item changes and deleted items move a record's datestamp.
    /// </summary>
    public string MetadataPrefix { get; set; } = "marcxml";

    /// <summary>Publish records listed with <c>status="deleted"</c> (once, whichever path saw them first).</summary>
    public bool Deletions { get; set; } = true;

    /// <summary>Re-read the items of records listed as changed and publish the published items that are gone.</summary>
    public bool ItemDeletions { get; set; } = true;

    /// <summary>False for Koha instances where <c>GET /api/v1/deleted/biblios</c> is unavailable: deletions then come from OAI-PMH only.</summary>
    public bool RestDeletions { get; set; } = true;
}
