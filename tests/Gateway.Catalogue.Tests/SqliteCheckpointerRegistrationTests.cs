using Gateway.Catalogue.Options;
using Gateway.Catalogue.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Gateway.Catalogue.Tests;

/// <summary>
/// <c>AddCatalogue</c> runs the background WAL checkpointer, its commit signal and the connection settings on SQLite only (decision 0042):
/// PostgreSQL has no WAL for it to copy back.
/// </summary>
public sealed class SqliteCheckpointerRegistrationTests
{
    [Theory]
    [InlineData(CatalogueOptions.Sqlite, true)]
    [InlineData(CatalogueOptions.PostgreSql, false)]
    public void The_checkpointer_runs_with_sqlite_only(string provider, bool expected)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Catalogue:Provider"] = provider,
            ["Catalogue:ConnectionString"] = provider == CatalogueOptions.Sqlite ? "Data Source=unused.db" : "Host=127.0.0.1;Database=unused",
        });

        builder.AddCatalogue();

        var services = builder.Services;
        Assert.Equal(expected, services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(SqliteCheckpointer)));
        Assert.Equal(expected, services.Any(d => d.ServiceType == typeof(SqliteCommitSignal)));
        Assert.Equal(expected, services.Any(d => d.ServiceType == typeof(SqliteConnectionPragmas)));
    }
}
