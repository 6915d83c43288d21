namespace Gateway.Simulators.Koha.Options;

/// <summary>Section "KohaSimulator:OaiPmh": Koha's OAI-PMH preferences.</summary>
internal sealed class OaiPmhOptions
{
    /// <summary>The OAI-PMH preference; off = oai.pl redirects to the 404 page.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// OAI-PMH:archiveID, the whole prefix of identifiers ("{ArchiveId}:{biblionumber}"). Default "oai:{SystemId}",
    /// giving oai:koha-east:123; a site with archiveID KOHA-OAI-TEST would give KOHA-OAI-TEST:123.
    /// </summary>
    public string? ArchiveId { get; set; }

    /// <summary>OAI-PMH:MaxCount: records or headers per page.</summary>
    public int MaxCount { get; set; } = 50;

    /// <summary>OAI-PMH:DeletedRecord: no, transient or persistent.</summary>
    public string DeletedRecord { get; set; } = "persistent";

    /// <summary>The LibraryName preference, shown as repositoryName (default "{SystemId} Koha").</summary>
    public string? RepositoryName { get; set; }

    /// <summary>KohaAdminEmailAddress, shown as adminEmail.</summary>
    public string AdminEmail { get; set; } = "koha-admin@example.invalid";

    /// <summary>Extended mode's include_items: 952 item fields in the MARC metadata (simple mode, the default, has none).</summary>
    public bool IncludeItems { get; set; }
}
