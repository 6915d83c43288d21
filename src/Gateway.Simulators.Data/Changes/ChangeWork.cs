using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Circulation;
using Gateway.Simulators.Data.Randomness;
using Gateway.Simulators.Data.Vocabulary;

namespace Gateway.Simulators.Data.Changes;

/// <summary>The mutable working copy of one tick and the kinds of change applied to it.</summary>
internal sealed class ChangeWork
{
    private static readonly string[] NoteTexts =
    [
        "Includes index.", "Also available online.", "Shelved with the reference collection.",
        "Donated by the postgraduate medical centre.", "Previous edition held in store.",
    ];

    private readonly CatalogueBuilder _builder;
    private readonly DateTimeOffset _timestamp;
    private readonly Prng _r;
    private readonly ItemTransitions _transitions;

    /// <summary>A working copy of <paramref name="state"/>, with room for <paramref name="maxAdditions"/> new records (made once, not per addition).</summary>
    public ChangeWork(CatalogueBuilder builder, SnapshotState state, DateTimeOffset timestamp, Prng r, int maxAdditions)
    {
        _builder = builder;
        _timestamp = timestamp;
        _r = r;
        BiblioLimit = state.BiblioLimit;
        ById = new SimBiblio?[state.BiblioLimit + maxAdditions];
        Array.Copy(state.ById, ById, state.BiblioLimit);
        ItemById = [.. state.ItemById];
        _transitions = new ItemTransitions(builder.Items, timestamp, r, ClosedHolds, Returned);
    }

    public SimBiblio?[] ById { get; }

    /// <summary>One more than the highest biblio id assigned so far.</summary>
    public int BiblioLimit { get; private set; }

    public SimItem?[] ItemById { get; private set; }

    /// <summary>Records deleted in this tick.</summary>
    public List<DeletedBiblio> Deleted { get; } = [];

    /// <summary>Items deleted in this tick.</summary>
    public List<DeletedItem> DeletedItems { get; } = [];

    /// <summary>Holds filled or cancelled in this tick.</summary>
    public List<SimHold> ClosedHolds { get; } = [];

    /// <summary>Loans returned in this tick.</summary>
    public List<SimCheckout> Returned { get; } = [];

    /// <summary>Records whose timestamp changed, or that appeared or went.</summary>
    public HashSet<int> TouchedBiblios { get; } = [];

    /// <summary>Items whose timestamp changed, or that appeared or went.</summary>
    public HashSet<int> TouchedItems { get; } = [];

    public CatalogueChange? UpdateRecord()
    {
        if (PickLive(static _ => true) is not { } biblio)
        {
            return null;
        }

        var (updated, detail) = _r.Next(3) switch
        {
            0 => (biblio with { Subjects = [.. biblio.Subjects, _r.Pick(_r.Pick(Topics.All).Headings)] }, "subject added"),
            1 when biblio.Subtitle is null && biblio.Edition.Subtitle is not null =>
                (biblio with { Subtitle = biblio.Edition.Subtitle }, "subtitle added"),
            1 when biblio.OclcNumber is null && biblio.Edition.OclcNumber is not null =>
                (biblio with { OclcNumber = biblio.Edition.OclcNumber }, "OCLC number added"),
            _ => (biblio with { Notes = [.. biblio.Notes, _r.Pick(NoteTexts)] }, "note added"),
        };
        ById[biblio.BiblioId] = updated with { Timestamp = _timestamp, Revision = biblio.Revision + 1 };
        TouchedBiblios.Add(biblio.BiblioId);
        return new(ChangeKind.BiblioUpdated, biblio.BiblioId, null, _timestamp, detail);
    }

    /// <summary>One circulation step on one copy: the item row changes (and its timestamp), the record's timestamp does not.</summary>
    public CatalogueChange? ChangeItem()
    {
        if (PickLive(static b => b.Items.Count > 0) is not { } biblio)
        {
            return null;
        }

        var (updated, item, detail) = _transitions.Apply(biblio, _r.Next(biblio.Items.Count));
        ById[biblio.BiblioId] = updated;
        ItemById[item.ItemId] = item;
        TouchedItems.Add(item.ItemId);
        return new(ChangeKind.ItemStatusChanged, biblio.BiblioId, item.ItemId, _timestamp, detail);
    }

    /// <summary>A patron places a title-level hold: only the holds table changes (no item, no record timestamp).</summary>
    public CatalogueChange? PlaceHold()
    {
        if (PickLive(static b => b.Items.Any(i => i.NotForLoanStatus <= 0 && i.Withdrawn == 0)) is not { } biblio)
        {
            return null;
        }

        ById[biblio.BiblioId] = _transitions.PlaceHold(biblio);
        return new(ChangeKind.HoldPlaced, biblio.BiblioId, null, _timestamp, "hold placed");
    }

    public CatalogueChange AddRecord()
    {
        var id = BiblioLimit++;
        var record = _builder.NewRecord(id, _builder.Pool.Stream(_builder.SystemId, "record", id), _timestamp, _timestamp, _timestamp);
        ById[id] = record;
        TouchedBiblios.Add(id);
        if (record.Items.Count > 0)
        {
            var last = record.Items.Max(i => i.ItemId);
            if (last >= ItemById.Length)
            {
                var items = new SimItem?[Math.Max(last + 1, ItemById.Length * 5 / 4)];
                Array.Copy(ItemById, items, ItemById.Length);
                ItemById = items;
            }

            foreach (var item in record.Items)
            {
                ItemById[item.ItemId] = item;
                TouchedItems.Add(item.ItemId);
            }
        }

        return new(ChangeKind.BiblioAdded, id, null, _timestamp, "record added");
    }

    public CatalogueChange? DeleteRecord()
    {
        if (PickLive(static _ => true) is not { } biblio)
        {
            return null;
        }

        ById[biblio.BiblioId] = null;
        TouchedBiblios.Add(biblio.BiblioId);
        foreach (var item in biblio.Items)
        {
            ItemById[item.ItemId] = null;
            TouchedItems.Add(item.ItemId);
        }

        Deleted.Add(new DeletedBiblio(biblio with { Timestamp = _timestamp }, _timestamp));
        return new(ChangeKind.BiblioDeleted, biblio.BiblioId, null, _timestamp, "record deleted");
    }

    /// <summary>
    /// Deletes one live item: it leaves its record's items (the record's timestamp does not change, as in Koha) and is
    /// kept as a deleted item stamped now.
    /// </summary>
    public CatalogueChange? DeleteItem(int itemId)
    {
        if (itemId <= 0 || itemId >= ItemById.Length || ItemById[itemId] is not { } item || ById[item.BiblioId] is not { } biblio)
        {
            return null;
        }

        ById[biblio.BiblioId] = biblio with { Items = [.. biblio.Items.Where(i => i.ItemId != itemId)] };
        ItemById[itemId] = null;
        TouchedItems.Add(itemId);
        DeletedItems.Add(new DeletedItem(item with { Timestamp = _timestamp }, _timestamp));
        return new(ChangeKind.ItemDeleted, biblio.BiblioId, itemId, _timestamp, "item deleted");
    }

    private SimBiblio? PickLive(Func<SimBiblio, bool> accept)
    {
        for (var attempt = 0; attempt < 16 && BiblioLimit > 1; attempt++)
        {
            if (ById[_r.Next(1, BiblioLimit)] is { } biblio && accept(biblio))
            {
                return biblio;
            }
        }

        return null;
    }
}
