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

    /// <summary>Page size when the client does not ask for one.</summary>
    [Range(1, 1000)]
    public int DefaultPageSize { get; set; } = 50;
}
