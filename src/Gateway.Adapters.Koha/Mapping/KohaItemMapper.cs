using System.Globalization;
using Gateway.Adapters.Koha.State;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Contracts;

namespace Gateway.Adapters.Koha.Mapping;

/// <summary>Maps Koha items to holdings and availability, and says what changed since the last publish.</summary>
internal static class KohaItemMapper
{
    public static HoldingItem ToHolding(KohaItem item) => new()
    {
        VendorItemId = item.ItemId.ToString(CultureInfo.InvariantCulture),
        LibraryCode = LibraryOf(item),
        Location = item.Location,
        CallNumber = item.CallNumber,
        ItemType = item.ItemTypeId,
        SourceTimestamp = item.Timestamp.ToUniversalTime(),
    };

    public static HoldingsChanged ToHoldings(string systemId, KohaItem item, Guid correlationId) => new()
    {
        SystemId = systemId,
        VendorRecordId = item.BiblioId.ToString(CultureInfo.InvariantCulture),
        SourceTimestamp = item.Timestamp.ToUniversalTime(),
        CorrelationId = correlationId,
        Items = [ToHolding(item)],
    };

    public static ItemAvailabilityChanged ToAvailability(string systemId, KohaItem item, ItemState state, Guid correlationId) => new()
    {
        SystemId = systemId,
        VendorRecordId = item.BiblioId.ToString(CultureInfo.InvariantCulture),
        VendorItemId = item.ItemId.ToString(CultureInfo.InvariantCulture),
        LibraryCode = LibraryOf(item),
        Status = state.Status,
        VendorStatus = state.VendorStatus,
        DueDate = state.DueDate,
        SourceTimestamp = item.Timestamp.ToUniversalTime(),
        CorrelationId = correlationId,
    };

    /// <summary>True when where or how the item is held differs from what was published (or nothing was).</summary>
    public static bool HoldingChanged(PublishedItem? published, KohaItem item) =>
        published is null
        || published.BiblioId != item.BiblioId
        || published.LibraryCode != LibraryOf(item)
        || published.Location != item.Location
        || published.CallNumber != item.CallNumber
        || published.ItemType != item.ItemTypeId;

    /// <summary>True when the circulation state differs from what was published (or nothing was).</summary>
    public static bool AvailabilityChanged(PublishedItem? published, ItemState state) =>
        published is null
        || published.Status != state.Status
        || published.VendorStatus != state.VendorStatus
        || published.DueDate != state.DueDate?.UtcDateTime;

    /// <summary>Records what is being published.</summary>
    public static void Remember(PublishedItem target, KohaItem item, ItemState state)
    {
        target.BiblioId = item.BiblioId;
        target.LibraryCode = LibraryOf(item);
        target.Location = item.Location;
        target.CallNumber = item.CallNumber;
        target.ItemType = item.ItemTypeId;
        target.Status = state.Status;
        target.VendorStatus = state.VendorStatus;
        target.DueDate = state.DueDate?.UtcDateTime;
        target.Timestamp = item.Timestamp.UtcDateTime;
    }

    /// <summary>The owning library; the holding library when Koha has no home library.</summary>
    private static string LibraryOf(KohaItem item) => item.HomeLibraryId ?? item.HoldingLibraryId ?? "";
}
