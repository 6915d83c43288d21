namespace Gateway.Contracts;

/// <summary>
/// A bibliographic record was created or changed in a regional system. Published by that system's adapter.
/// Carries no patron data. Consumers apply it when <see cref="SourceTimestamp"/> is not older than what they hold.
/// </summary>
public sealed record BibliographicRecordChanged
{
    /// <summary>Required. Id of the regional system in the systems registry, e.g. <c>koha-east</c>.</summary>
    public required string SystemId { get; init; }

    /// <summary>Required. The record's id in the vendor system (Koha's <c>biblio_id</c>).</summary>
    public required string VendorRecordId { get; init; }

    /// <summary>Required. When the vendor last changed the record (UTC); the record's version for ordering.</summary>
    public required DateTimeOffset SourceTimestamp { get; init; }

    /// <summary>Required. Ties this message to the harvest or vendor event that caused it.</summary>
    public required Guid CorrelationId { get; init; }

    /// <summary>Required. The fields the hub needs, extracted from the MARC record.</summary>
    public required BibliographicDescription Description { get; init; }

    /// <summary>Optional. The full source record as MARCXML (MARC21 slim), without item (952) fields.</summary>
    public string? MarcXml { get; init; }
}
