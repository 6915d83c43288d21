using Gateway.Availability.Caching;
using Gateway.Contracts;

namespace Gateway.Availability.Answers;

/// <summary>
/// Summarises a library's items (however many: a journal run of thousands is one line) into counts by status, the
/// next due date and one status for the library: <c>available</c> when any item is; else <c>unknown</c> when any
/// item's status is unknown (it might be on the shelf); else the most useful status any item has, in this order:
/// <c>reference-only</c>, <c>on-loan</c>, <c>in-transit</c>, <c>on-hold-shelf</c>, <c>unavailable</c>, <c>lost</c>.
/// Items on hold for someone else, in transit, damaged, withdrawn or not for loan are never counted as available:
/// the adapter maps them to those statuses and this only counts them.
/// </summary>
internal static class LibrarySummariser
{
    private static readonly string[] Preference =
    [
        ItemStatuses.Available, ItemStatuses.Unknown, ItemStatuses.ReferenceOnly, ItemStatuses.OnLoan,
        ItemStatuses.InTransit, ItemStatuses.OnHoldShelf, ItemStatuses.Unavailable, ItemStatuses.Lost,
    ];

    public static LibrarySummary Summarise(IReadOnlyCollection<CachedItem> items)
    {
        if (items.Count == 0)
        {
            return new LibrarySummary(ItemStatuses.Unknown, 0, new Dictionary<string, int>(), null, null, null, null, null);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            counts[item.Status] = counts.GetValueOrDefault(item.Status) + 1;
        }

        var status = Preference.First(counts.ContainsKey);
        var shown = items.Where(i => i.Status == status).OrderBy(i => i.VendorItemId.Length).ThenBy(i => i.VendorItemId, StringComparer.Ordinal).First();
        var nextDue = items.Where(i => i.Status == ItemStatuses.OnLoan && i.DueDate is not null).Select(i => i.DueDate).Min();
        var unknownCodes = items.Where(i => i.Status == ItemStatuses.Unknown && i.VendorStatus is not null)
            .Select(i => i.VendorStatus!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return new LibrarySummary(
            status, items.Count, counts, nextDue, shown.Location, shown.CallNumber, unknownCodes.Count == 0 ? null : unknownCodes,
            items.Min(i => i.AsOf));
    }
}
