namespace Gateway.Catalogue.Storage;

/// <summary>An item (copy) of a source record: where it is held and its latest circulation status.</summary>
internal sealed class SourceItem
{
    public required string SystemId { get; set; }

    public required string VendorItemId { get; set; }

    public required string VendorRecordId { get; set; }

    public string LibraryCode { get; set; } = "";

    public string? Location { get; set; }

    public string? CallNumber { get; set; }

    public string? ItemType { get; set; }

    /// <summary>Vendor change time of the holding fields stored (UTC).</summary>
    public DateTime HoldingTimestamp { get; set; }

    /// <summary>One of the contracts' item statuses; <c>unknown</c> until a status arrives.</summary>
    public string Status { get; set; } = Contracts.ItemStatuses.Unknown;

    public string? VendorStatus { get; set; }

    public DateTime? DueDate { get; set; }

    /// <summary>Vendor change time of the status stored (UTC).</summary>
    public DateTime StatusTimestamp { get; set; }
}
