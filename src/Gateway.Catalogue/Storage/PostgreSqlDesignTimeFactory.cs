using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gateway.Catalogue.Storage;

/// <summary>Lets <c>dotnet ef migrations add … --context PostgreSqlCatalogueDbContext</c> build the model without a server.</summary>
internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlCatalogueDbContext>
{
    public PostgreSqlCatalogueDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCatalogueDbContext>().UseNpgsql("Host=localhost;Database=design_time").Options);
}
