using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Randomness;
using Gateway.Simulators.Data.Vocabulary;

namespace Gateway.Simulators.Data.Changes;

/// <summary>The mutable working copy of one tick and the four kinds of change applied to it.</summary>
internal sealed class ChangeWork(CatalogueBuilder builder, SimBiblio?[] byId, List<DeletedBiblio> deleted, DateTimeOffset timestamp, Prng r)
{
    private static readonly string[] NoteTexts =
    [
        "Includes index.", "Also available online.", "Shelved with the reference collection.",
        "Donated by the postgraduate medical centre.", "Previous edition held in store.",
    ];

    public SimBiblio?[] ById { get; private set; } = byId;

    public List<DeletedBiblio> Deleted => deleted;

    public CatalogueChange? UpdateRecord()
    {
        if (PickLive(static _ => true) is not { } biblio)
        {
            return null;
        }

        var (updated, detail) = r.Next(3) switch
        {
            0 => (biblio with { Subjects = [.. biblio.Subjects, r.Pick(r.Pick(Topics.All).Headings)] }, "subject added"),
            1 when biblio.Subtitle is null && biblio.Edition.Subtitle is not null =>
                (biblio with { Subtitle = biblio.Edition.Subtitle }, "subtitle added"),
            1 when biblio.OclcNumber is null && biblio.Edition.OclcNumber is not null =>
                (biblio with { OclcNumber = biblio.Edition.OclcNumber }, "OCLC number added"),
            _ => (biblio with { Notes = [.. biblio.Notes, r.Pick(NoteTexts)] }, "note added"),
        };
        ById[biblio.BiblioId] = updated with { Timestamp = timestamp, Revision = biblio.Revision + 1 };
        return new(ChangeKind.BiblioUpdated, biblio.BiblioId, null, timestamp, detail);
    }

    public CatalogueChange? ChangeItem()
    {
        if (PickLive(static b => b.Items.Count > 0) is not { } biblio)
        {
            return null;
        }

        var items = biblio.Items.ToArray();
        var index = r.Next(items.Length);
        var (item, detail) = ItemTransitions.Apply(items[index], timestamp, r);
        items[index] = item with { Timestamp = timestamp };
        ById[biblio.BiblioId] = biblio with { Items = items };
        return new(ChangeKind.ItemStatusChanged, biblio.BiblioId, item.ItemId, timestamp, detail);
    }

    public CatalogueChange AddRecord()
    {
        var id = ById.Length;
        var record = builder.NewRecord(id, builder.Pool.Stream(builder.SystemId, "record", id), timestamp, timestamp);
        var grown = new SimBiblio?[id + 1];
        Array.Copy(ById, grown, ById.Length);
        grown[id] = record;
        ById = grown;
        return new(ChangeKind.BiblioAdded, id, null, timestamp, "record added");
    }

    public CatalogueChange? DeleteRecord()
    {
        if (PickLive(static _ => true) is not { } biblio)
        {
            return null;
        }

        ById[biblio.BiblioId] = null;
        deleted.Add(new DeletedBiblio(biblio with { Timestamp = timestamp }, timestamp));
        return new(ChangeKind.BiblioDeleted, biblio.BiblioId, null, timestamp, "record deleted");
    }

    private SimBiblio? PickLive(Func<SimBiblio, bool> accept)
    {
        for (var attempt = 0; attempt < 16 && ById.Length > 1; attempt++)
        {
            if (ById[r.Next(1, ById.Length)] is { } biblio && accept(biblio))
            {
                return biblio;
            }
        }

        return null;
    }
}
