using Gateway.Simulators.Data.Circulation;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>
/// An immutable view of a system's catalogue at one moment. Readers keep the snapshot they got while the
/// change feed publishes new ones, so a page is always served from one consistent state without locks.
/// </summary>
public sealed class CatalogueSnapshot
{
    private readonly SnapshotState _state;
    private readonly Lazy<IReadOnlyList<SimBiblio>> _biblios;
    private readonly Lazy<Dictionary<int, DeletedBiblio>> _deletedById;
    private readonly Lazy<IReadOnlyList<SimItem>> _items;
    private readonly Lazy<IReadOnlyList<SimHold>> _holds;
    private readonly Lazy<IReadOnlyList<SimCheckout>> _checkouts;
    private readonly Lazy<Dictionary<int, SimCheckout>> _checkoutsById;
    private readonly Lazy<Dictionary<int, DateTimeOffset>> _lastItemDeletion;

    internal CatalogueSnapshot(SnapshotState state)
    {
        _state = state;
        _biblios = new(() => [.. state.ById.Take(state.BiblioLimit).OfType<SimBiblio>()]);
        ItemCount = state.ItemOrder.Length;
        BibliosByTimestamp = new OrderedView<SimBiblio>(state.BiblioOrder, state.ById);
        ItemsByTimestamp = new OrderedView<SimItem>(state.ItemOrder, state.ItemById);
        _deletedById = new(() => state.Deleted.GroupBy(d => d.BiblioId).ToDictionary(g => g.Key, g => g.Last()));
        _items = new(() => [.. state.ItemById.OfType<SimItem>()]);
        _holds = new(() => [.. Biblios.SelectMany(b => b.Holds).OrderBy(h => h.HoldId)]);
        _checkouts = new(() => [.. Items.Where(i => i.Checkout is not null).Select(i => i.Checkout!).OrderBy(c => c.CheckoutId)]);
        _lastItemDeletion = new(() => state.DeletedItems.GroupBy(d => d.BiblioId).ToDictionary(g => g.Key, g => g.Max(d => d.DeletedAt)));
        _checkoutsById = new(() => Checkouts.Concat(ReturnedCheckouts).GroupBy(c => c.CheckoutId).ToDictionary(g => g.Key, g => g.First()));
    }

    /// <summary>Live records in ascending biblio id.</summary>
    public IReadOnlyList<SimBiblio> Biblios => _biblios.Value;

    /// <summary>Live records in (timestamp, biblio id) order: the order of a keyset harvest, kept up to date by the change feed.</summary>
    public IReadOnlyList<SimBiblio> BibliosByTimestamp { get; }

    /// <summary>Deleted records in order of deletion.</summary>
    public IReadOnlyList<DeletedBiblio> Deleted => _state.Deleted;

    /// <summary>Deleted items (Koha's deleteditems) in order of deletion.</summary>
    public IReadOnlyList<DeletedItem> DeletedItems => _state.DeletedItems;

    /// <summary>When an item of the record was last deleted, or null.</summary>
    public DateTimeOffset? LastItemDeletion(int biblioId) => _lastItemDeletion.Value.TryGetValue(biblioId, out var at) ? at : null;

    /// <summary>How many change ticks produced this snapshot.</summary>
    public int Tick => _state.Tick;

    public int ItemCount { get; }

    /// <summary>All live items in ascending item id.</summary>
    public IReadOnlyList<SimItem> Items => _items.Value;

    /// <summary>Live items in (timestamp, item id) order.</summary>
    public IReadOnlyList<SimItem> ItemsByTimestamp { get; }

    /// <summary>Current holds (queued, waiting, in transit, in processing) of every record, by hold id.</summary>
    public IReadOnlyList<SimHold> Holds => _holds.Value;

    /// <summary>Filled or cancelled holds (Koha's old_reserves), in the order they closed.</summary>
    public IReadOnlyList<SimHold> OldHolds => _state.OldHolds;

    /// <summary>Current loans, by checkout id.</summary>
    public IReadOnlyList<SimCheckout> Checkouts => _checkouts.Value;

    /// <summary>Returned loans (Koha's old_issues), in the order they were returned.</summary>
    public IReadOnlyList<SimCheckout> ReturnedCheckouts => _state.ReturnedCheckouts;

    internal SnapshotState State => _state;

    public SimBiblio? Find(int biblioId) => biblioId > 0 && biblioId < _state.BiblioLimit ? _state.ById[biblioId] : null;

    public DeletedBiblio? FindDeleted(int biblioId) => _deletedById.Value.GetValueOrDefault(biblioId);

    public SimItem? FindItem(int itemId) => itemId > 0 && itemId < _state.ItemById.Length ? _state.ItemById[itemId] : null;

    /// <summary>A current or returned loan.</summary>
    public SimCheckout? FindCheckout(int checkoutId) => _checkoutsById.Value.GetValueOrDefault(checkoutId);

    /// <summary>The highest biblio id ever assigned (live or deleted ids are all at or below it).</summary>
    public int MaxBiblioId => _state.BiblioLimit - 1;

    /// <summary>Ground truth: biblio id to edition key for every live and deleted record.</summary>
    public IReadOnlyDictionary<int, string> GroundTruth()
    {
        var truth = Deleted.ToDictionary(d => d.BiblioId, d => d.Biblio.EditionKey);
        foreach (var biblio in Biblios)
        {
            truth[biblio.BiblioId] = biblio.EditionKey;
        }

        return truth;
    }
}
