namespace Gateway.Simulators.Data.Catalogue;

/// <summary>
/// An immutable view of a system's catalogue at one moment. Readers keep the snapshot they got while the
/// change feed publishes new ones, so a page is always served from one consistent state without locks.
/// </summary>
public sealed class CatalogueSnapshot
{
    private readonly SimBiblio?[] _byId;
    private readonly Lazy<Dictionary<int, DeletedBiblio>> _deletedById;
    private readonly Lazy<Dictionary<int, SimItem>> _itemsById;

    internal CatalogueSnapshot(SimBiblio?[] byId, IReadOnlyList<DeletedBiblio> deleted, int tick)
    {
        _byId = byId;
        Biblios = [.. byId.OfType<SimBiblio>()];
        Deleted = deleted;
        Tick = tick;
        ItemCount = Biblios.Sum(b => b.Items.Count);
        _deletedById = new(() => deleted.GroupBy(d => d.BiblioId).ToDictionary(g => g.Key, g => g.Last()));
        _itemsById = new(() => Biblios.SelectMany(b => b.Items).ToDictionary(i => i.ItemId));
    }

    /// <summary>Live records in ascending biblio id.</summary>
    public IReadOnlyList<SimBiblio> Biblios { get; }

    /// <summary>Deleted records in order of deletion.</summary>
    public IReadOnlyList<DeletedBiblio> Deleted { get; }

    /// <summary>How many change ticks produced this snapshot.</summary>
    public int Tick { get; }

    public int ItemCount { get; }

    /// <summary>All live items, by record then item id.</summary>
    public IEnumerable<SimItem> Items => Biblios.SelectMany(b => b.Items);

    internal SimBiblio?[] ById => _byId;

    public SimBiblio? Find(int biblioId) => biblioId > 0 && biblioId < _byId.Length ? _byId[biblioId] : null;

    public DeletedBiblio? FindDeleted(int biblioId) => _deletedById.Value.GetValueOrDefault(biblioId);

    public SimItem? FindItem(int itemId) => _itemsById.Value.GetValueOrDefault(itemId);

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
