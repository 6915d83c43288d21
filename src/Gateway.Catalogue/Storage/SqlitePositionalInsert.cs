using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Gateway.Catalogue.Storage;

/// <summary>
/// Runs a multi-row <c>INSERT … VALUES (?, …), (?, …)</c> on SQLite with its values bound by position on one prepared
/// statement, reused for every full chunk of a table (decision 0039). Through <see cref="SqliteCommand"/> each value is
/// bound by name, and SQLite finds a name by a linear scan of the statement's parameters (<c>sqlite3VListNameToNum</c>,
/// <c>strncmp</c>): quadratic in the parameters of a statement, 8 % of the ingest process's CPU in a profile. Values are
/// converted as EF Core's SQLite provider and <c>Microsoft.Data.Sqlite</c> store them (the property's value converter,
/// then text for strings, dates and GUIDs, integers for integers and booleans); <c>AddedRowsWriterTests</c> compares the
/// stored values with EF Core's own save.
/// </summary>
internal static class SqlitePositionalInsert
{
    private const int Done = 101; // SQLITE_DONE

    /// <summary>
    /// Inserts <paramref name="rows"/> into the table <paramref name="head"/> names (<c>INSERT INTO t (a, b) VALUES </c>),
    /// <paramref name="rowsPerStatement"/> a statement, on the connection's current transaction.
    /// </summary>
    public static void Insert(
        SqliteConnection connection, string head, IReadOnlyList<Func<object, object?>> values, IReadOnlyList<object> rows, int rowsPerStatement,
        CancellationToken ct = default)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        sqlite3_stmt? statement = null;
        var preparedFor = 0;
        try
        {
            for (var start = 0; start < rows.Count; start += rowsPerStatement)
            {
                ct.ThrowIfCancellationRequested();
                var count = Math.Min(rowsPerStatement, rows.Count - start);
                if (count != preparedFor)
                {
                    statement?.Dispose();
                    statement = null;
                    Check(raw.sqlite3_prepare_v2(db, Sql(head, values.Count, count), out var prepared), db);
                    statement = prepared;
                    preparedFor = count;
                }
                else
                {
                    Check(raw.sqlite3_reset(statement), db);
                }

                var index = 1;
                for (var r = start; r < start + count; r++)
                {
                    foreach (var value in values)
                    {
                        Check(Bind(statement!, index++, value(rows[r])), db);
                    }
                }

                Run(statement!, db);
            }
        }
        finally
        {
            statement?.Dispose();
        }
    }

    /// <summary>The statement's text: <paramref name="count"/> rows of <paramref name="columns"/> <c>?</c> placeholders.</summary>
    internal static string Sql(string head, int columns, int count)
    {
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", columns)) + ")";
        return head + string.Join(", ", Enumerable.Repeat(row, count));
    }

    /// <summary>Binds one value as <c>Microsoft.Data.Sqlite</c> binds it for EF Core's SQLite type mappings.</summary>
    internal static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        short number => raw.sqlite3_bind_int64(statement, index, number),
        byte number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        double real => raw.sqlite3_bind_double(statement, index, real),
        float real => raw.sqlite3_bind_double(statement, index, real),
        DateTime time => raw.sqlite3_bind_text(statement, index, time.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        Guid guid => raw.sqlite3_bind_text(statement, index, guid.ToString().ToUpperInvariant()),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"No positional SQLite binding for a {value.GetType()} (add it beside Microsoft.Data.Sqlite's)."),
    };

    /// <summary>Runs a bound statement that returns no rows; throws SQLite's error if it did not finish.</summary>
    internal static void Run(sqlite3_stmt statement, sqlite3 db)
    {
        var step = raw.sqlite3_step(statement);
        if (step != Done)
        {
            Check(step, db);
        }
    }

    internal static void Check(int rc, sqlite3 db)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    /// <summary>The value to bind for a property: its CLR value through the mapping's converter, if any.</summary>
    public static Func<object, object?> ValueOf(Microsoft.EntityFrameworkCore.Metadata.IProperty property, RelationalTypeMapping mapping)
    {
        var getter = property.GetGetter();
        return mapping.Converter is { } converter
            ? row => getter.GetClrValue(row) is { } value ? converter.ConvertToProvider(value) : null
            : getter.GetClrValue;
    }
}
