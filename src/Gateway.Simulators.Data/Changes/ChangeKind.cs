namespace Gateway.Simulators.Data.Changes;

/// <summary>What a change did.</summary>
public enum ChangeKind
{
    /// <summary>A record was edited (new timestamp, a field changed).</summary>
    BiblioUpdated,

    /// <summary>A new record was catalogued.</summary>
    BiblioAdded,

    /// <summary>A record (and its items) was deleted; it is kept as a deleted biblio.</summary>
    BiblioDeleted,

    /// <summary>An item's circulation or status fields changed (the record's timestamp does not).</summary>
    ItemStatusChanged,

    /// <summary>An item was deleted (Koha moves the row to deleteditems); the record's timestamp does not change.</summary>
    ItemDeleted,

    /// <summary>A title-level hold joined a record's queue: only the holds table changed (no item row, no record timestamp).</summary>
    HoldPlaced,
}
