namespace Gateway.Contracts;

/// <summary>
/// The circulation status of one item (copy) changed in a regional system. Carries no patron data: who borrowed or
/// reserved the item never leaves the adapter.
/// </summary>
public sealed record ItemAvailabilityChanged
{
    /// <summary>Required. Id of the regional system in the systems registry.</summary>
    public required string SystemId { get; init; }

    /// <summary>Required. The bibliographic record the item belongs to, as the vendor identifies it.</summary>
    public required string VendorRecordId { get; init; }

    /// <summary>Required. The item's id in the vendor system.</summary>
    public required string VendorItemId { get; init; }

    /// <summary>Required. Code of the library (branch) that holds the item.</summary>
    public required string LibraryCode { get; init; }

    /// <summary>
    /// Required. One of <c>available</c>, <c>on-loan</c>, <c>in-transit</c>, <c>on-hold-shelf</c>,
    /// <c>reference-only</c>, <c>lost</c>, <c>unavailable</c>, <c>unknown</c>.
    /// </summary>
    public required string Status { get; init; }

    /// <summary>Optional. The vendor's own status code, kept when the status is <c>unknown</c> or for audit.</summary>
    public string? VendorStatus { get; init; }

    /// <summary>Optional. Due date when on loan.</summary>
    public DateTimeOffset? DueDate { get; init; }

    /// <summary>Required. When the vendor recorded the change (UTC); the item's version for ordering.</summary>
    public required DateTimeOffset SourceTimestamp { get; init; }

    /// <summary>Required. Ties this message to the harvest or vendor event that caused it.</summary>
    public required Guid CorrelationId { get; init; }
}
