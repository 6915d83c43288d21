namespace Gateway.Catalogue.Storage;

/// <summary>
/// Rows a unit of work only ever inserts, kept out of EF Core's change tracker (decision 0041): each is held here by
/// reference, in the order it was added, and written by <see cref="AddedRowsWriter.SaveAsync(Microsoft.EntityFrameworkCore.DbContext, UntrackedInserts?, CancellationToken)"/>
/// with the tracked added rows, its values as they are at the save. EF Core never sees them: no entry, no snapshot, no
/// identity map, no change detection. A row may be taken back (<see cref="Remove"/>) until the save; it must not be
/// changed after it is saved.
/// </summary>
internal sealed class UntrackedInserts
{
    private readonly Dictionary<Type, List<object>> rows = [];

    /// <summary>How many rows wait to be inserted.</summary>
    public int Count => rows.Values.Sum(r => r.Count);

    /// <summary>Adds a row to be inserted with the save (an instance of an entity type of the model).</summary>
    public void Add(object row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!rows.TryGetValue(row.GetType(), out var list))
        {
            rows[row.GetType()] = list = [];
        }

        list.Add(row);
    }

    /// <summary>Takes back a row added here (this very instance); false when it was not.</summary>
    public bool Remove(object row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!rows.TryGetValue(row.GetType(), out var list))
        {
            return false;
        }

        var index = list.FindIndex(r => ReferenceEquals(r, row));
        if (index < 0)
        {
            return false;
        }

        list.RemoveAt(index);
        return true;
    }

    /// <summary>The rows by CLR type, each list in the order added; empties this set.</summary>
    public List<(Type Type, List<object> Rows)> Take()
    {
        var taken = rows.Where(r => r.Value.Count > 0).Select(r => (r.Key, r.Value)).ToList();
        rows.Clear();
        return taken;
    }
}
