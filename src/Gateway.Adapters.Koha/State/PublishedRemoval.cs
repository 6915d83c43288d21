namespace Gateway.Adapters.Koha.State;

/// <summary>
/// A deletion the adapter has published: a record (<see cref="RemovalKinds.Record"/>, seen on <c>/deleted/biblios</c>
/// or as an OAI-PMH deleted header) or an item (<see cref="RemovalKinds.Item"/>). Both deletion paths consult it, so a
/// deletion seen twice is published once; after a rewind the later entries are forgotten (records, read again) or
/// published again from here (items, which no vendor list shows twice).
/// </summary>
internal sealed class PublishedRemoval
{
    public required string SystemId { get; set; }

    /// <summary>One of <see cref="RemovalKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The deleted record's or item's vendor id.</summary>
    public long VendorId { get; set; }

    /// <summary>The record the item belonged to (the record itself for a record).</summary>
    public long BiblioId { get; set; }

    /// <summary>The vendor time of the deletion as published (UTC).</summary>
    public DateTime RemovedAt { get; set; }
}
