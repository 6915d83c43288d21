using Gateway.Simulators.Data.Circulation;

namespace Gateway.Simulators.Data.Catalogue;

/// <summary>
/// The arrays behind one snapshot: records and copies by id, their ids in (timestamp, id) order, deletions, and
/// deleted items, the circulation history (filled or cancelled holds, returned loans). Never changed once published.
/// <see cref="ById"/> may be longer than <see cref="BiblioLimit"/> (room for a tick's additions without regrowing).
/// </summary>
internal sealed record SnapshotState(
    SimBiblio?[] ById,
    int BiblioLimit,
    int[] BiblioOrder,
    SimItem?[] ItemById,
    int[] ItemOrder,
    IReadOnlyList<DeletedBiblio> Deleted,
    IReadOnlyList<DeletedItem> DeletedItems,
    IReadOnlyList<SimHold> OldHolds,
    IReadOnlyList<SimCheckout> ReturnedCheckouts,
    int Tick);
