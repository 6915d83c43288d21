using Gateway.Simulators.Data.Editions;
using Gateway.Simulators.Data.Libraries;
using Gateway.Simulators.Data.Randomness;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>The generation state of one system: which pool editions it holds and the next free ids.</summary>
internal sealed class CatalogueBuilder(CatalogueOptions options, EditionPool pool, IReadOnlyList<LibraryInfo> libraries)
{
    private readonly SystemStyle _style = SystemStyle.From(pool.Stream(options.SystemId, "style", 0));
    private int _nextPoolIndex;
    private int _nextLocal = 1;
    private int _nextItemId = 1;

    public string SystemId => options.SystemId;

    public EditionPool Pool => pool;

    public IReadOnlyList<LibraryInfo> Libraries => libraries;

    /// <summary>Libraries, shelving, circulation ids and decision streams for items.</summary>
    public ItemContext Items { get; } = new(options.SystemId, pool, libraries);

    /// <summary>
    /// A new record with its copies and their circulation. Copies get timestamps up to <paramref name="itemsAsOf"/>
    /// (the anchor for the initial catalogue, the tick's instant for records the change feed adds).
    /// </summary>
    public SimBiblio NewRecord(int biblioId, Prng r, DateTimeOffset createdAt, DateTimeOffset timestamp, DateTimeOffset? itemsAsOf = null)
    {
        var edition = r.Chance(options.SharedFraction) ? pool.Shared(NextSharedIndex())
            : pool.Local(SystemId, _nextLocal++, libraries[0].Name, libraries[0].Town);
        var biblio = RecordFactory.Create(edition, biblioId, _style, r, createdAt, timestamp);
        var count = ItemFactory.CountFor(edition.Kind, r);
        var asOf = itemsAsOf ?? Max(options.Anchor, timestamp);
        var (items, states) = ItemFactory.Create(biblio, count, _nextItemId, Items, r, asOf);
        _nextItemId += count;
        var (circulated, holds) = InitialCirculation.Apply(biblio, items, states, Items, asOf);
        return biblio with { Items = circulated, Holds = holds };
    }

    /// <summary>Scans the pool in order, holding each edition with a probability given by its popularity.</summary>
    private int NextSharedIndex()
    {
        while (true)
        {
            var index = _nextPoolIndex++;
            if (pool.Stream(SystemId, "hold", index).Chance(pool.Popularity(index)))
            {
                return index;
            }
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
