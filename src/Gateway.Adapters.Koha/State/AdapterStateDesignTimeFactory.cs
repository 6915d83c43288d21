using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Gateway.Adapters.Koha.State;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without a host.</summary>
internal sealed class AdapterStateDesignTimeFactory : IDesignTimeDbContextFactory<AdapterStateDbContext>
{
    public AdapterStateDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<AdapterStateDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
