using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Randomness;

namespace Gateway.Simulators.Data.Changes;

/// <summary>
/// Produces change ticks. Each tick works on a copy of the current state and returns a new snapshot; the
/// choice of records and edits comes from a stream keyed by the tick number, so ticks are reproducible.
/// Not thread-safe by itself: <see cref="SystemCatalogue"/> serialises calls.
/// </summary>
internal sealed class ChangeFeed
{
    private readonly CatalogueBuilder _builder;
    private SimBiblio?[] _byId;
    private List<DeletedBiblio> _deleted;
    private int _tick;
    private DateTimeOffset _latest;

    public ChangeFeed(CatalogueBuilder builder, CatalogueSnapshot initial)
    {
        _builder = builder;
        _byId = initial.ById;
        _deleted = [.. initial.Deleted];
        _latest = initial.Biblios.Count == 0 ? DateTimeOffset.MinValue : initial.Biblios.Max(b => b.Timestamp);
    }

    public (CatalogueSnapshot Snapshot, IReadOnlyList<CatalogueChange> Changes) Tick(DateTimeOffset now, int count)
    {
        _tick++;
        var timestamp = InitialGeneration.Truncate(now.ToUniversalTime());
        timestamp = timestamp < _latest ? _latest : timestamp;
        _latest = timestamp;
        var r = _builder.Pool.Stream(_builder.SystemId, "tick", _tick);
        var work = new ChangeWork(_builder, [.. _byId], [.. _deleted], timestamp, r);
        var changes = new List<CatalogueChange>(count);
        for (var i = 0; i < count; i++)
        {
            var change = r.Next(100) switch
            {
                < 45 => work.UpdateRecord(),
                < 70 => work.ChangeItem(),
                < 85 => work.AddRecord(),
                _ => work.DeleteRecord(),
            };
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        _byId = work.ById;
        _deleted = work.Deleted;
        return (new CatalogueSnapshot(_byId, [.. _deleted], _tick), changes);
    }
}
