using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Circulation;

namespace Gateway.Simulators.Data.Changes;

/// <summary>
/// Produces change ticks. Each tick works on a copy of the current state and returns a new snapshot; the
/// choice of records and edits comes from a stream keyed by the tick number, so ticks are reproducible.
/// Not thread-safe by itself: <see cref="SystemCatalogue"/> serialises calls.
/// </summary>
internal sealed class ChangeFeed
{
    private readonly CatalogueBuilder _builder;
    private SnapshotState _state;
    private DateTimeOffset _latest;

    public ChangeFeed(CatalogueBuilder builder, SimBiblio?[] byId)
    {
        _builder = builder;
        var itemById = ItemsById(byId);
        _state = new SnapshotState(byId, byId.Length, TimestampOrder.Build(byId, b => b.Timestamp), itemById,
            TimestampOrder.Build(itemById, i => i.Timestamp), [], [], [], [], 0);
        var live = byId.OfType<SimBiblio>().ToList();
        _latest = live.Count == 0 ? DateTimeOffset.MinValue : live.Max(b => b.Timestamp);
        Initial = new CatalogueSnapshot(_state);
    }

    /// <summary>The snapshot before any tick.</summary>
    public CatalogueSnapshot Initial { get; }

    public (CatalogueSnapshot Snapshot, IReadOnlyList<CatalogueChange> Changes) Tick(DateTimeOffset now, int count)
    {
        var tick = _state.Tick + 1;
        var timestamp = InitialGeneration.Truncate(now.ToUniversalTime());
        timestamp = timestamp < _latest ? _latest : timestamp;
        _latest = timestamp;
        var r = _builder.Pool.Stream(_builder.SystemId, "tick", tick);
        var work = new ChangeWork(_builder, _state, timestamp, r, count);
        var changes = new List<CatalogueChange>(count);
        for (var i = 0; i < count; i++)
        {
            var change = r.Next(100) switch
            {
                < 45 => work.UpdateRecord(),
                < 64 => work.ChangeItem(),
                < 70 => work.PlaceHold(),
                < 85 => work.AddRecord(),
                _ => work.DeleteRecord(),
            };
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        _state = Apply(work, tick);
        return (new CatalogueSnapshot(_state), changes);
    }

    /// <summary>
    /// Deletes one item now (Koha's DELETE /items/{id}), outside the tick sequence, so the reproducible ticks are not
    /// shifted. Null when there is no such live item.
    /// </summary>
    public (CatalogueSnapshot Snapshot, CatalogueChange Change)? DeleteItem(DateTimeOffset now, int itemId)
    {
        var timestamp = InitialGeneration.Truncate(now.ToUniversalTime());
        timestamp = timestamp < _latest ? _latest : timestamp;
        var work = new ChangeWork(_builder, _state, timestamp, _builder.Pool.Stream(_builder.SystemId, "delete-item", itemId), 0);
        if (work.DeleteItem(itemId) is not { } change)
        {
            return null;
        }

        _latest = timestamp;
        _state = Apply(work, _state.Tick);
        return (new CatalogueSnapshot(_state), change);
    }

    private SnapshotState Apply(ChangeWork work, int tick) => new(
        work.ById,
        work.BiblioLimit,
        TimestampOrder.Advance(_state.BiblioOrder, work.TouchedBiblios, work.ById, b => b.Timestamp),
        work.ItemById,
        TimestampOrder.Advance(_state.ItemOrder, work.TouchedItems, work.ItemById, i => i.Timestamp),
        [.. _state.Deleted, .. work.Deleted],
        Append(_state.DeletedItems, work.DeletedItems),
        Append(_state.OldHolds, work.ClosedHolds),
        Append(_state.ReturnedCheckouts, work.Returned),
        tick);

    private static IReadOnlyList<T> Append<T>(IReadOnlyList<T> before, List<T> added) => added.Count == 0 ? before : [.. before, .. added];

    private static SimItem?[] ItemsById(SimBiblio?[] byId)
    {
        var items = byId.OfType<SimBiblio>().SelectMany(b => b.Items).ToList();
        var array = new SimItem?[items.Count == 0 ? 1 : items.Max(i => i.ItemId) + 1];
        foreach (var item in items)
        {
            array[item.ItemId] = item;
        }

        return array;
    }
}
