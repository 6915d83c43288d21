namespace Gateway.Contracts;

/// <summary>One item (copy) as held by a library: where it is and how it is shelved.</summary>
public sealed record HoldingItem
{
    /// <summary>Required. The item's id in the vendor system.</summary>
    public required string VendorItemId { get; init; }

    /// <summary>Required. Code of the library (branch) that holds the item.</summary>
    public required string LibraryCode { get; init; }

    /// <summary>Optional. Shelving location code within the library.</summary>
    public string? Location { get; init; }

    /// <summary>Optional. Call number (shelf mark).</summary>
    public string? CallNumber { get; init; }

    /// <summary>Optional. The vendor's item type code (e.g. BOOK, JOURNAL).</summary>
    public string? ItemType { get; init; }

    /// <summary>Required. When the vendor last changed this item (UTC); the item's version.</summary>
    public required DateTimeOffset SourceTimestamp { get; init; }
}
