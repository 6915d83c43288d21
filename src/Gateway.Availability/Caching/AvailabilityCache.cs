using Gateway.Availability.Options;
using Gateway.Contracts;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Gateway.Availability.Caching;

/// <summary>
/// Last known availability per (system, record), fed two ways: live answers (<see cref="PutLive"/>) and
/// <see cref="ItemAvailabilityChanged"/> events (<see cref="Apply"/>). An item is only ever replaced by a newer state
/// of it. Entries are dropped <see cref="AvailabilityOptions.CacheLifetime"/> after their last update, and the least
/// recently written go first beyond <see cref="AvailabilityOptions.MaxCachedRecords"/> (decision 0022: a private
/// <see cref="MemoryCache"/>, not HybridCache).
/// </summary>
internal sealed class AvailabilityCache : IDisposable
{
    private readonly MemoryCache _entries;
    private readonly AvailabilityOptions _options;
    private readonly Lock[] _locks = [.. Enumerable.Range(0, 64).Select(_ => new Lock())];

    public AvailabilityCache(IOptions<AvailabilityOptions> options)
    {
        _options = options.Value;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.MaxCachedRecords, CompactionPercentage = 0.1 });
    }

    public CachedRecord? Get(string systemId, string vendorRecordId) =>
        _entries.TryGetValue(Key(systemId, vendorRecordId), out CachedRecord? record) ? record : null;

    /// <summary>A live answer: every item of the record as of <paramref name="asOf"/>; items not in it are gone.</summary>
    public CachedRecord PutLive(string systemId, string vendorRecordId, DateTimeOffset asOf, IEnumerable<CachedItem> items)
    {
        var key = Key(systemId, vendorRecordId);
        lock (LockFor(key))
        {
            var existing = Get(systemId, vendorRecordId);
            var merged = new Dictionary<string, CachedItem>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                // An event newer than this answer (it overtook the call) wins.
                merged[item.VendorItemId] = existing?.Items.GetValueOrDefault(item.VendorItemId) is { } newer && newer.AsOf > asOf ? newer : item;
            }

            return Store(key, new CachedRecord(systemId, vendorRecordId, true, asOf, merged));
        }
    }

    /// <summary>The vendor no longer has the record.</summary>
    public void Remove(string systemId, string vendorRecordId) => _entries.Remove(Key(systemId, vendorRecordId));

    /// <summary>An item's status changed at the vendor; older news than what is cached changes nothing.</summary>
    /// <returns>True when the cache changed.</returns>
    public bool Apply(ItemAvailabilityChanged change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var key = Key(change.SystemId, change.VendorRecordId);
        lock (LockFor(key))
        {
            var existing = Get(change.SystemId, change.VendorRecordId);
            var before = existing?.Items.GetValueOrDefault(change.VendorItemId);
            if (before is not null && before.AsOf >= change.SourceTimestamp)
            {
                return false;
            }

            var (status, vendorStatus) = ItemStatusNormaliser.Normalise(change.Status, change.VendorStatus);
            var item = new CachedItem(
                change.VendorItemId, change.LibraryCode, before?.HoldingLibraryCode, before?.Location, before?.CallNumber,
                status, vendorStatus, status == ItemStatuses.OnLoan ? change.DueDate : null, change.SourceTimestamp);
            var items = new Dictionary<string, CachedItem>(existing?.Items ?? new Dictionary<string, CachedItem>(), StringComparer.Ordinal)
            {
                [change.VendorItemId] = item,
            };
            Store(key, new CachedRecord(change.SystemId, change.VendorRecordId, existing?.Complete ?? false, existing?.LiveAsOf, items));
            return true;
        }
    }

    public void Dispose() => _entries.Dispose();

    private CachedRecord Store(string key, CachedRecord record) =>
        _entries.Set(key, record, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = _options.CacheLifetime });

    private Lock LockFor(string key) => _locks[(key.GetHashCode(StringComparison.Ordinal) & int.MaxValue) % _locks.Length];

    private static string Key(string systemId, string vendorRecordId) => systemId + "\n" + vendorRecordId;
}
