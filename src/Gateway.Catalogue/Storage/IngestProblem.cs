namespace Gateway.Catalogue.Storage;

/// <summary>
/// Something wrong with a stored source record that operators should see: today, MARCXML the catalogue could not read
/// (the record is kept and clustered from its description instead). One row per record and kind, the latest; removed
/// when a later version of the record is fine.
/// </summary>
internal sealed class IngestProblem
{
    /// <summary>The source record, <c>{systemId}:{vendorRecordId}</c>.</summary>
    public required string SourceId { get; set; }

    /// <summary>What is wrong, e.g. <c>unreadable-marc</c>.</summary>
    public required string Kind { get; set; }

    public required string SystemId { get; set; }

    /// <summary>The reason, as the reader gave it.</summary>
    public required string Detail { get; set; }

    /// <summary>When it was seen (UTC).</summary>
    public DateTime SeenAt { get; set; }

    /// <summary>The change that carried it.</summary>
    public Guid CorrelationId { get; set; }
}
