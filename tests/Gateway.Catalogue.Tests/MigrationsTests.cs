using Gateway.Catalogue.Storage;
using Microsoft.EntityFrameworkCore;

namespace Gateway.Catalogue.Tests;

/// <summary>One model, two sets of migrations: both must describe the model as it is.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void Sqlite_migrations_are_up_to_date_with_the_model()
    {
        using var db = new CatalogueDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed: dotnet ef migrations add <Name> --project src/Gateway.Catalogue --context CatalogueDbContext --output-dir Storage/Migrations");
    }

    [Fact]
    public void PostgreSql_migrations_are_up_to_date_with_the_model()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed: dotnet ef migrations add <Name> --project src/Gateway.Catalogue --context PostgreSqlCatalogueDbContext --output-dir Storage/PostgreSqlMigrations");
    }

    [Fact]
    public void Both_stores_have_the_same_tables()
    {
        using var sqlite = new CatalogueDesignTimeFactory().CreateDbContext([]);
        using var postgres = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        static string[] Tables(DbContext db) => [.. db.Model.GetEntityTypes().Select(t => t.GetTableName()!).Order(StringComparer.Ordinal)];

        Assert.Equal(Tables(sqlite), Tables(postgres));
        Assert.Contains("clusters", Tables(postgres));
    }
}
