namespace Gateway.Contracts;

/// <summary>
/// A page of changed bibliographic records of one regional system, published by its adapter as one message (decision
/// 0024): a full load moves hundreds of thousands of records, and one message a page costs the bus a fraction of one
/// a record. Each entry is a complete <see cref="BibliographicRecordChanged"/> and is applied exactly as if it had come
/// alone, in list order (the adapter's keyset order). Carries no patron data.
/// </summary>
public sealed record BibliographicRecordsChanged
{
    /// <summary>Required. Id of the regional system in the systems registry; every entry carries the same.</summary>
    public required string SystemId { get; init; }

    /// <summary>Required. Ties this page to the harvest run or vendor event that caused it.</summary>
    public required Guid CorrelationId { get; init; }

    /// <summary>Required. The changed records in the order they were read; never empty.</summary>
    public required IReadOnlyList<BibliographicRecordChanged> Records { get; init; }
}
