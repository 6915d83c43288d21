using System.ComponentModel.DataAnnotations;

namespace Gateway.Catalogue.Options;

/// <summary>
/// Catalogue storage and API limits.
/// <code>
/// "Catalogue": { "Provider": "Sqlite", "ConnectionString": "Data Source=data/catalogue.db", "MaxPageSize": 200 }
/// </code>
/// </summary>
public sealed class CatalogueOptions
{
    public const string SectionName = "Catalogue";

    /// <summary>The database provider. Only <c>Sqlite</c> for now; PostgreSQL comes with the distributed store.</summary>
    [Required, RegularExpression("^Sqlite$", ErrorMessage = "Catalogue:Provider must be 'Sqlite'.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Required. The connection string of the catalogue database.</summary>
    [Required]
    public string ConnectionString { get; set; } = "Data Source=data/catalogue.db";

    /// <summary>Largest page the records API serves.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 200;

    /// <summary>Page size when the client does not ask for one.</summary>
    [Range(1, 1000)]
    public int DefaultPageSize { get; set; } = 50;
}
