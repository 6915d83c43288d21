using Gateway.Simulators.Data.Changes;
using Gateway.Simulators.Data.Editions;
using Gateway.Simulators.Data.Libraries;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>
/// One regional system's catalogue: generated deterministically from (seed, system id), then changed by
/// <see cref="Advance"/>. Thread-safe: readers take <see cref="Current"/>; changes publish a new snapshot.
/// </summary>
public sealed class SystemCatalogue
{
    private readonly Lock _gate = new();
    private readonly ChangeFeed _feed;
    private CatalogueSnapshot _snapshot;

    private SystemCatalogue(CatalogueOptions options, CatalogueBuilder builder, SimBiblio?[] byId)
    {
        Options = options;
        Libraries = builder.Libraries;
        Shelving = builder.Items.Shelving;
        Pool = builder.Pool;
        _feed = new ChangeFeed(builder, byId);
        _snapshot = _feed.Initial;
    }

    public CatalogueOptions Options { get; }

    public string SystemId => Options.SystemId;

    public IReadOnlyList<LibraryInfo> Libraries { get; }

    /// <summary>The shelving locations and collections each library uses for its items.</summary>
    public IReadOnlyList<LibraryShelving> Shelving { get; }

    /// <summary>The edition pool this catalogue draws from (same seed, same pool in every system).</summary>
    public EditionPool Pool { get; }

    /// <summary>The latest published state.</summary>
    public CatalogueSnapshot Current => Volatile.Read(ref _snapshot);

    /// <summary>Generates the initial catalogue: fast enough for hundreds of thousands of records.</summary>
    public static SystemCatalogue Create(CatalogueOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.SystemId);
        ArgumentOutOfRangeException.ThrowIfNegative(options.RecordCount);
        var libraries = options.Libraries is { Count: > 0 } given ? given : DemoLibraries.For(options.SystemId);
        var builder = new CatalogueBuilder(options, new EditionPool(options.Seed), libraries);
        var byId = InitialGeneration.Run(builder, options);
        return new SystemCatalogue(options, builder, byId);
    }

    /// <summary>
    /// Deletes one item now (Koha's <c>DELETE /items/{id}</c>); null when there is no such live item. The record's
    /// timestamp does not move; the item is kept as a deleted item.
    /// </summary>
    public CatalogueChange? DeleteItem(int itemId, DateTimeOffset now)
    {
        lock (_gate)
        {
            if (_feed.DeleteItem(now, itemId) is not { } deleted)
            {
                return null;
            }

            Volatile.Write(ref _snapshot, deleted.Snapshot);
            return deleted.Change;
        }
    }

    /// <summary>
    /// Applies one change tick of <paramref name="changes"/> changes (updates, circulation on items, holds placed,
    /// additions, deletions), all stamped with <paramref name="now"/> truncated to the second (never earlier than the
    /// latest timestamp already in the catalogue). Which records change depends only on the tick number.
    /// </summary>
    public IReadOnlyList<CatalogueChange> Advance(DateTimeOffset now, int changes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(changes);
        lock (_gate)
        {
            var (snapshot, applied) = _feed.Tick(now, changes);
            Volatile.Write(ref _snapshot, snapshot);
            return applied;
        }
    }
}
