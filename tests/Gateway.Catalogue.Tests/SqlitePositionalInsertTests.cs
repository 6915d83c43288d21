using System.Globalization;
using Gateway.Catalogue.Storage;
using Microsoft.Data.Sqlite;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// <see cref="SqlitePositionalInsert"/> (decision 0039) stores every value as <c>Microsoft.Data.Sqlite</c> stores it when
/// bound by name, over several statements of one prepared shape and a shorter last one.
/// </summary>
public sealed class SqlitePositionalInsertTests
{
    private const string Columns = "(k INTEGER PRIMARY KEY, s TEXT, n INTEGER, i INTEGER, b INTEGER, r REAL, d TEXT, g TEXT, z TEXT, x BLOB)";

    [Fact]
    public void Values_bound_by_position_are_stored_as_values_bound_by_name()
    {
        using var connection = Open();
        Execute(connection, $"CREATE TABLE by_position {Columns}; CREATE TABLE by_name {Columns};");
        var rows = Enumerable.Range(0, 70).Select(Row).ToList();
        using (var transaction = connection.BeginTransaction())
        {
            SqlitePositionalInsert.Insert(connection, "INSERT INTO by_position (k, s, n, i, b, r, d, g, z, x) VALUES ",
                [.. Enumerable.Range(0, 10).Select(c => (Func<object, object?>)(row => ((object?[])row)[c]))], rows, rowsPerStatement: 32);
            transaction.Commit();
        }

        foreach (var row in rows)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO by_name (k, s, n, i, b, r, d, g, z, x) VALUES ($k, $s, $n, $i, $b, $r, $d, $g, $z, $x)";
            foreach (var (name, value) in "ksnibrdgzx".Zip((object?[])row))
            {
                command.Parameters.AddWithValue("$" + name, value ?? DBNull.Value);
            }

            command.ExecuteNonQuery();
        }

        var byName = Stored(connection, "by_name");
        Assert.Equal(70, byName.Count);
        Assert.Equal(byName, Stored(connection, "by_position"));
        Assert.Contains("'Café ''Ærø'' 東京 7'", byName[7], StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_of_a_type_it_does_not_know_is_refused()
    {
        using var connection = Open();
        Execute(connection, "CREATE TABLE t (v NUMERIC)");
        Assert.Throws<NotSupportedException>(() =>
            SqlitePositionalInsert.Insert(connection, "INSERT INTO t (v) VALUES ", [row => row], [1.5m], rowsPerStatement: 32));
    }

    [Fact]
    public void A_statement_SQLite_refuses_fails_with_its_error()
    {
        using var connection = Open();
        Execute(connection, "CREATE TABLE t (k INTEGER PRIMARY KEY)");
        var error = Assert.Throws<SqliteException>(() =>
            SqlitePositionalInsert.Insert(connection, "INSERT INTO t (k) VALUES ", [row => row], [1L, 2L, 1L], rowsPerStatement: 2));
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT
    }

    [Fact]
    public void A_statement_has_a_placeholder_a_column_of_each_row()
    {
        Assert.Equal("INSERT INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)", SqlitePositionalInsert.Sql("INSERT INTO t (a, b) VALUES ", 2, 3));
    }

    private static object?[] Row(int i) =>
    [
        (long)i, i % 5 == 0 ? null : $"Café 'Ærø' 東京 {i}", (long)i * 1_000_000_007, i - 35, i % 2 == 0, i / 3.0,
        new DateTime(2026, 11, 24, 9, 30, 15, DateTimeKind.Utc).AddTicks(i * 1_234_567), new Guid(i, 7, 9, [1, 2, 3, 4, 5, 6, 7, (byte)i]),
        i % 3 == 0 ? null : i.ToString(CultureInfo.InvariantCulture), i % 4 == 0 ? null : new byte[] { 0, (byte)i, 255 },
    ];

    private static SqliteConnection Open()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Each row as SQLite holds it: every column's storage class and SQL literal, in key order.</summary>
    private static List<string> Stored(SqliteConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(" || '|' || ", "ksnibrdgzx".Select(c => $"typeof({c}) || ':' || quote({c})"))} FROM {table} ORDER BY k";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
