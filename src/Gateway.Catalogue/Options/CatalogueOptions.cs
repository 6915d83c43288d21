using System.ComponentModel.DataAnnotations;

namespace Gateway.Catalogue.Options;

/// <summary>
/// Catalogue storage and API limits.
/// <code>
/// "Catalogue": { "Provider": "Sqlite" | "PostgreSql", "ConnectionString": "Data Source=data/catalogue.db", "MaxPageSize": 200 }
/// </code>
/// </summary>
public sealed class CatalogueOptions
{
    public const string SectionName = "Catalogue";

    /// <summary>The value of <see cref="Provider"/> for SQLite.</summary>
    public const string Sqlite = "Sqlite";

    /// <summary>The value of <see cref="Provider"/> for PostgreSQL.</summary>
    public const string PostgreSql = "PostgreSql";

    /// <summary>The database: <c>Sqlite</c> (the embedded default, one file) or <c>PostgreSql</c> (a deployment that outgrows one machine).</summary>
    [Required, RegularExpression("^(Sqlite|PostgreSql)$", ErrorMessage = "Catalogue:Provider must be 'Sqlite' or 'PostgreSql'.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// Required. The connection string: <c>Data Source=path.db</c> for SQLite, or an Npgsql one
    /// (<c>Host=…;Port=…;Database=…;Username=…;Password=…</c>) for PostgreSQL — give the password through configuration
    /// (an environment variable or a secret store), never in a file in the repository.
    /// </summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/catalogue.db";

    /// <summary>Largest page the records API serves.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 200;

    /// <summary>The default of <see cref="SqliteCacheMiB"/>.</summary>
    public const int DefaultSqliteCacheMiB = 256;

    /// <summary>
    /// SQLite only: the page cache of each open connection, in MiB (SQLite's own default is 2). Ingest needs the pages
    /// it changes at random in memory — about 400 MB at a million records; 256 measured 1.07× the rate of SQLite's
    /// default with the background checkpointer and 1.1× without it (decision 0042). A connection takes memory only
    /// as it reads pages; lower it on a small machine, raise it past a few million records.
    /// </summary>
    [Range(2, 65536)]
    public int SqliteCacheMiB { get; set; } = DefaultSqliteCacheMiB;

    /// <summary>Page size when the client does not ask for one.</summary>
    [Range(1, 1000)]
    public int DefaultPageSize { get; set; } = 50;
}
