namespace Gateway.Contracts;

/// <summary>A bibliographic record was deleted in a regional system. Published by that system's adapter.</summary>
public sealed record BibliographicRecordDeleted
{
    /// <summary>Required. Id of the regional system in the systems registry.</summary>
    public required string SystemId { get; init; }

    /// <summary>Required. The deleted record's id in the vendor system.</summary>
    public required string VendorRecordId { get; init; }

    /// <summary>Required. When the vendor deleted the record (UTC). A change older than this is ignored.</summary>
    public required DateTimeOffset SourceTimestamp { get; init; }

    /// <summary>Required. Ties this message to the harvest or vendor event that caused it.</summary>
    public required Guid CorrelationId { get; init; }
}
