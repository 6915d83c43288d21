using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Gateway.Catalogue.Storage;

/// <summary>
/// The catalogue's model on PostgreSQL, with its own migrations (<c>Storage/PostgreSqlMigrations</c>). Times are
/// stored as <c>timestamp without time zone</c> holding UTC, as on SQLite, so the same code writes both whatever the
/// <see cref="DateTime.Kind"/> of a value (Npgsql refuses to write a UTC-kind value to that type, and an unspecified
/// one to <c>timestamp with time zone</c>); they read back as UTC.
/// </summary>
internal sealed class PostgreSqlCatalogueDbContext(DbContextOptions<PostgreSqlCatalogueDbContext> options) : CatalogueDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveColumnType("timestamp without time zone").HaveConversion<UtcTimestampConverter>();
        configurationBuilder.Properties<DateTime?>().HaveColumnType("timestamp without time zone").HaveConversion<UtcTimestampConverter>();
    }

    /// <summary>UTC in the model, a plain timestamp in the column.</summary>
    private sealed class UtcTimestampConverter() : ValueConverter<DateTime, DateTime>(
        value => DateTime.SpecifyKind(value, DateTimeKind.Unspecified),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
