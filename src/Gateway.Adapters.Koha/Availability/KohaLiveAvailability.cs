using System.Collections.Concurrent;
using System.Globalization;
using Gateway.Adapters.Koha.Mapping;
using Gateway.Adapters.Koha.Options;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Systems;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Gateway.Adapters.Koha.Availability;

/// <summary>
/// Reads the current state of some records' items from Koha and maps it with the harvest's status rules
/// (<see cref="KohaItemStatusMapper"/>), so live and harvested statuses never disagree on the same Koha fields.
/// With <see cref="KohaAdapterOptions.AvailabilityReadsTransfers"/> each record is one
/// <c>/biblios/{id}/items</c> call with the <c>transfer</c> embed (run <see cref="KohaAdapterOptions.AvailabilityParallelCalls"/>
/// at a time), so transfers no hold caused show as in transit; without it the whole batch is one <c>/items</c> call.
/// Either way the holds that caught the items (on the hold shelf, in transit to the pickup library) come from one
/// <c>/holds</c> call for the batch, by record id and at the same time as the items (so a lookup costs one round trip
/// to Koha, not two); only when that answer is full to its limit are they asked again by item id, so none is missed.
/// Every call waits for a slot of the system's <see cref="KohaLiveCallLimiter"/> (shared by concurrent lookups).
/// Never a patron route or embed. Its Koha calls are never retried (<see cref="KohaApiClient.Live"/>): the caller has a
/// budget of seconds, and a failure it hears at once is worth more than a retry it cannot wait for.
/// </summary>
internal sealed class KohaLiveAvailability(
    [FromKeyedServices(KohaApiClient.Live)] KohaAvailabilityClient items, [FromKeyedServices(KohaApiClient.Live)] KohaApiClient api,
    KohaLiveCallLimiter limiter, IOptions<KohaAdapterOptions> options, TimeProvider clock)
{
    public const string PerRecordSource = "koha-rest:biblio-items+transfer";
    public const string BatchSource = "koha-rest:items";

    /// <summary>Holds asked for per <c>/holds</c> call (keeps the <c>q=</c> URL short).</summary>
    private const int HoldsBatch = 200;

    /// <summary>Most shelved holds one by-record <c>/holds</c> call returns; a full answer is asked again by item id.</summary>
    private const int HoldsOfRecordsLimit = 1000;

    public async Task<SystemAvailability> LookupAsync(RegionalSystem system, IReadOnlyList<long> biblioIds, CancellationToken ct)
    {
        var settings = options.Value;
        var holdsOfRecords = biblioIds.Count <= HoldsBatch
            ? limiter.RunAsync(system.Id, token => api.ListShelvedHoldsOfRecordsAsync(system, biblioIds, HoldsOfRecordsLimit, token), ct)
            : null;
        Dictionary<long, IReadOnlyList<KohaItem>?> byRecord;
        try
        {
            byRecord = settings.AvailabilityReadsTransfers
                ? await ReadPerRecordAsync(system, biblioIds, settings.AvailabilityParallelCalls, ct)
                : await ReadBatchAsync(system, biblioIds, ct);
        }
        catch
        {
            if (holdsOfRecords is not null)
            {
                await ((Task)holdsOfRecords).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            throw;
        }

        var allItems = byRecord.Values.OfType<IReadOnlyList<KohaItem>>().SelectMany(i => i).ToList();
        var holds = holdsOfRecords is not null && await holdsOfRecords is { Count: < HoldsOfRecordsLimit } shelved
            ? Index(shelved)
            : await ShelvedHoldsAsync(system, allItems, ct);
        var asOf = clock.GetUtcNow();

        var records = new List<RecordAvailability>(biblioIds.Count);
        var notFound = new List<string>();
        foreach (var id in biblioIds)
        {
            var key = id.ToString(CultureInfo.InvariantCulture);
            if (byRecord.GetValueOrDefault(id) is not { } recordItems)
            {
                notFound.Add(key);
                continue;
            }

            records.Add(new RecordAvailability(key, asOf, [.. recordItems.OrderBy(i => i.ItemId).Select(i => Map(i, holds.GetValueOrDefault(i.ItemId)))]));
        }

        return new SystemAvailability(system.Id, asOf, settings.AvailabilityReadsTransfers ? PerRecordSource : BatchSource, records, notFound);
    }

    private static LiveItemAvailability Map(KohaItem item, KohaShelvedHold? hold)
    {
        var state = KohaItemStatusMapper.Map(item, hold);
        return new LiveItemAvailability(
            item.ItemId.ToString(CultureInfo.InvariantCulture), item.HomeLibraryId ?? item.HoldingLibraryId ?? "", item.HoldingLibraryId,
            item.Location, item.CallNumber, state.Status, state.VendorStatus, state.DueDate);
    }

    /// <summary>Per record, with the transfer embed; a record Koha does not know maps to null.</summary>
    private async Task<Dictionary<long, IReadOnlyList<KohaItem>?>> ReadPerRecordAsync(
        RegionalSystem system, IReadOnlyList<long> biblioIds, int parallel, CancellationToken ct)
    {
        var read = new ConcurrentDictionary<long, IReadOnlyList<KohaItem>?>();
        await Parallel.ForEachAsync(biblioIds, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = ct },
            async (id, token) => read[id] = await limiter.RunAsync(system.Id, call => items.ListRecordItemsAsync(system, id, call), token));
        return new Dictionary<long, IReadOnlyList<KohaItem>?>(read);
    }

    /// <summary>One call for the batch; a record without items cannot be told from an unknown one, so both answer empty.</summary>
    private async Task<Dictionary<long, IReadOnlyList<KohaItem>?>> ReadBatchAsync(RegionalSystem system, IReadOnlyList<long> biblioIds, CancellationToken ct)
    {
        var found = (await limiter.RunAsync(system.Id, token => items.ListItemsOfRecordsAsync(system, biblioIds, token), ct)).ToLookup(i => i.BiblioId);
        return biblioIds.ToDictionary(id => id, id => (IReadOnlyList<KohaItem>?)[.. found[id]]);
    }

    private async Task<Dictionary<long, KohaShelvedHold>> ShelvedHoldsAsync(RegionalSystem system, List<KohaItem> allItems, CancellationToken ct)
    {
        var holds = new Dictionary<long, KohaShelvedHold>();
        foreach (var chunk in allItems.Select(i => i.ItemId).Distinct().Chunk(HoldsBatch))
        {
            Index(await limiter.RunAsync(system.Id, token => api.ListShelvedHoldsAsync(system, chunk, token), ct), holds);
        }

        return holds;
    }

    /// <summary>The holds by the item they caught (the first one, as Koha lists them, when two claim one item).</summary>
    private static Dictionary<long, KohaShelvedHold> Index(IEnumerable<KohaShelvedHold> holds, Dictionary<long, KohaShelvedHold>? into = null)
    {
        into ??= [];
        foreach (var hold in holds)
        {
            if (hold.ItemId is { } itemId)
            {
                into.TryAdd(itemId, hold);
            }
        }

        return into;
    }
}
