using System.Data.Common;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Gateway.Catalogue.Storage;

/// <summary>
/// Saves a unit of work with the rows it adds written as multi-row <c>INSERT … VALUES (…), (…)</c> statements instead of
/// EF Core's one command a row (its SQLite provider does not batch): decision 0029. Updates and deletes are saved by EF
/// Core first, in the same transaction. Values are bound through each property's own EF type mapping, so the stored
/// values are exactly those EF would have written; rows with a store-generated key are inserted in the order EF would
/// insert them (by their temporary key), so ids and sequence numbers come out the same. The model has no relationships,
/// so no generated key has to flow into another row; the unit of work must not be used after the save (added rows are
/// detached, their generated keys never read back). On SQLite the values are bound by position on one prepared
/// statement a table (<see cref="SqlitePositionalInsert"/>, decision 0039).
/// </summary>
internal static class AddedRowsWriter
{
    /// <summary>
    /// Rows a statement carries at most. Small enough that binding stays cheap (SQLite looks a named parameter up by a
    /// linear scan: 999 parameters a statement made the writer slower than EF Core's one row a command), large enough
    /// that a page needs a handful of statements a table.
    /// </summary>
    private const int RowsPerStatement = 32;

    /// <summary>Saves every pending change of <paramref name="db"/>; the caller owns the transaction.</summary>
    public static Task SaveAsync(DbContext db, CancellationToken ct) => SaveAsync(db, null, ct);

    /// <summary>
    /// Saves every pending change of <paramref name="db"/> and inserts the rows of <paramref name="untracked"/> with the
    /// tracked added rows (decision 0041): after EF Core's updates and deletes, so a row deleted and inserted again under
    /// the same key in this unit of work ends up inserted. The caller owns the transaction.
    /// </summary>
    public static async Task SaveAsync(DbContext db, UntrackedInserts? untracked, CancellationToken ct)
    {
        // Changes are detected once: Entries() and SaveChanges would each detect them again over every tracked entry.
        db.ChangeTracker.DetectChanges();
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var added = TakeAddedRows(db.ChangeTracker);
            if (untracked is not null)
            {
                AddUntracked(db.Model, added, untracked);
            }

            if (db.Database.GetDbConnection() is SqliteConnection sqlite)
            {
                // Modified rows by position on one prepared statement a table (decision 0045), before EF Core's save.
                SqlitePositionalUpdate.UpdateModified(sqlite, db, ct);
            }

            await db.SaveChangesAsync(ct);
            foreach (var (entityType, rows) in added)
            {
                await InsertAsync(db, entityType, rows, ct);
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    /// <summary>
    /// Detaches the added rows and returns them by entity type, in insert order. A row whose key is also being deleted
    /// in this unit of work stays with EF Core (it pairs the two into one statement).
    /// </summary>
    private static List<(IEntityType EntityType, List<object> Rows)> TakeAddedRows(ChangeTracker tracker)
    {
        var entries = tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Deleted).ToList();
        var deletedKeys = entries.Where(e => e.State == EntityState.Deleted).Select(KeyOf).ToHashSet(StringComparer.Ordinal);
        var taken = new List<(IEntityType, List<object>)>();
        foreach (var group in entries
            .Where(e => e.State == EntityState.Added && (deletedKeys.Count == 0 || !deletedKeys.Contains(KeyOf(e))))
            .GroupBy(e => e.Metadata))
        {
            var key = group.Key.FindPrimaryKey()!;
            var ordered = HasStoreGeneratedKey(key)
                ? group.OrderBy(e => Convert.ToInt64(e.Property(key.Properties[0].Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)).ToList()
                : group.ToList();
            taken.Add((group.Key, ordered.Select(e => e.Entity).ToList()));
            foreach (var entry in ordered)
            {
                entry.State = EntityState.Detached;
            }
        }

        return taken;
    }

    /// <summary>
    /// Adds the untracked rows to the tracked ones of their entity type (after them), or as a type of their own. A type
    /// with a store-generated key cannot have both: which of them was added first, and so gets the lower key, is not known.
    /// </summary>
    private static void AddUntracked(IModel model, List<(IEntityType EntityType, List<object> Rows)> added, UntrackedInserts untracked)
    {
        foreach (var (type, rows) in untracked.Take())
        {
            var entityType = model.FindEntityType(type)
                ?? throw new InvalidOperationException($"{type.Name} is not an entity type of the model: it cannot be inserted.");
            var index = added.FindIndex(a => a.EntityType == entityType);
            if (index < 0)
            {
                added.Add((entityType, rows));
            }
            else if (HasStoreGeneratedKey(entityType.FindPrimaryKey()!))
            {
                throw new InvalidOperationException(
                    $"{type.Name} rows were added both tracked and untracked in one unit of work: the order of their generated keys is unknown.");
            }
            else
            {
                added[index].Rows.AddRange(rows);
            }
        }
    }

    /// <summary>What an insert into an entity type's table needs, derived once a model (the models live as long as the process).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IEntityType, InsertShape> Shapes = new();

    /// <summary>
    /// An entity type's insert: <c>INSERT INTO t (a, b) VALUES </c>, the columns written (not store-generated), their
    /// type mappings, and each column's value to bind (through the mapping's converter).
    /// </summary>
    private sealed record InsertShape(string Head, List<IProperty> Columns, List<RelationalTypeMapping> Mappings, List<Func<object, object?>> Values)
    {
        public static InsertShape Of(DbContext db, IEntityType entityType)
        {
            var table = entityType.GetTableName()!;
            var store = StoreObjectIdentifier.Table(table, entityType.GetSchema());
            var columns = entityType.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
            var sql = db.GetService<ISqlGenerationHelper>();
            var head = $"INSERT INTO {sql.DelimitIdentifier(table, entityType.GetSchema())} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(store)!)))}) VALUES ";
            var mappings = columns.Select(c => c.GetRelationalTypeMapping()).ToList();
            return new InsertShape(head, columns, mappings, [.. columns.Select((c, i) => SqlitePositionalInsert.ValueOf(c, mappings[i]))]);
        }
    }

    private static string KeyOf(EntityEntry entry) =>
        entry.Metadata.ClrType.Name + "\u001f" + string.Join('\u001f',
            entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));

    private static bool HasStoreGeneratedKey(IKey key) =>
        key.Properties is [{ ValueGenerated: not ValueGenerated.Never } property] && property.ClrType == typeof(long);

    private static async Task InsertAsync(DbContext db, IEntityType entityType, List<object> rows, CancellationToken ct)
    {
        var (head, columns, mappings, values) = Shapes.GetValue(entityType, type => InsertShape.Of(db, type));
        var sql = db.GetService<ISqlGenerationHelper>();
        var rowsPerStatement = RowsPerStatement;

        var connection = db.Database.GetDbConnection();
        if (connection is SqliteConnection sqlite)
        {
            // Bound by position on one prepared statement (decision 0039): by name, SQLite scans the parameters for each.
            SqlitePositionalInsert.Insert(sqlite, head, values, rows, rowsPerStatement, ct);
            return;
        }

        var getters = columns.Select(c => c.GetGetter()).ToList(); // the raw CLR values: the mappings' parameters convert
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        for (var start = 0; start < rows.Count; start += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head, head.Length + (count * columns.Count * 8));
            for (var r = 0; r < count; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"p{(r * columns.Count) + c}";
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    command.Parameters.Add(mappings[c].CreateParameter(command, sql.GenerateParameterName(name), getters[c].GetClrValue(rows[start + r]), columns[c].IsNullable));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
