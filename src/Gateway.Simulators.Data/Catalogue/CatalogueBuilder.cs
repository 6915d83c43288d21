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

    public SimBiblio NewRecord(int biblioId, Prng r, DateTimeOffset createdAt, DateTimeOffset timestamp)
    {
        var edition = r.Chance(options.SharedFraction) ? pool.Shared(NextSharedIndex())
            : pool.Local(SystemId, _nextLocal++, libraries[0].Name, libraries[0].Town);
        var biblio = RecordFactory.Create(edition, biblioId, _style, r, createdAt, timestamp);
        var count = ItemFactory.CountFor(edition.Kind, r);
        var items = ItemFactory.Create(biblio, count, _nextItemId, libraries, r, Max(options.Anchor, timestamp));
        _nextItemId += count;
        return biblio with { Items = items };
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
