namespace Gateway.Catalogue.Storage;

/// <summary>A record as one regional system holds it: the latest version received, or its tombstone.</summary>
internal sealed class SourceRecord
{
    /// <summary>Surrogate key (never changes on update).</summary>
    public long Id { get; set; }

    public required string SystemId { get; set; }

    public required string VendorRecordId { get; set; }

    /// <summary>Vendor's change time (UTC) of the version stored; a message older than this is ignored.</summary>
    public DateTime SourceTimestamp { get; set; }

    /// <summary>True once a deletion newer than every change has been received (a tombstone, kept).</summary>
    public bool IsDeleted { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The <c>BibliographicDescription</c> as JSON.</summary>
    public string DescriptionJson { get; set; } = "{}";

    public string? MarcXml { get; set; }

    /// <summary>When the catalogue stored this version (UTC).</summary>
    public DateTime StoredAt { get; set; }

    public Guid LastCorrelationId { get; set; }
}
