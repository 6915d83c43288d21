namespace Gateway.Adapters.Koha.State;

/// <summary>
/// What the adapter last published of one item. A Koha change that leaves these unchanged publishes nothing, so
/// polling after a pushed event (or a timestamp bump alone) never publishes the same change twice.
/// </summary>
internal sealed class PublishedItem
{
    public required string SystemId { get; set; }

    public long ItemId { get; set; }

    public long BiblioId { get; set; }

    public required string LibraryCode { get; set; }

    public string? Location { get; set; }

    public string? CallNumber { get; set; }

    public string? ItemType { get; set; }

    public required string Status { get; set; }

    public string? VendorStatus { get; set; }

    public DateTime? DueDate { get; set; }

    public DateTime Timestamp { get; set; }
}
