using Gateway.Catalogue.Clustering;
using Gateway.Catalogue.Consumers;
using Gateway.Catalogue.Endpoints;
using Gateway.Catalogue.Oai;
using Gateway.Catalogue.Options;
using Gateway.Catalogue.Search;
using Gateway.Catalogue.Storage;
using Gateway.Messaging;
using Gateway.Systems;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue;

/// <summary>Wires the catalogue module: store, consumers and the records API.</summary>
public static class CatalogueExtensions
{
    /// <summary>Adds the catalogue's store, its consumers (to the bus) and what its API needs.</summary>
    public static TBuilder AddCatalogue<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<CatalogueOptions>()
            .BindConfiguration(CatalogueOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSystemsRegistry();
        builder.Services.TryAddSingleton(TimeProvider.System);

        var provider = builder.Configuration[$"{CatalogueOptions.SectionName}:{nameof(CatalogueOptions.Provider)}"] ?? CatalogueOptions.Sqlite;
        builder.Services.AddSingleton(new WriteTurns(oneWriter: provider != CatalogueOptions.PostgreSql));
        if (provider == CatalogueOptions.PostgreSql)
        {
            builder.Services.AddDbContext<CatalogueDbContext, PostgreSqlCatalogueDbContext>((services, db) =>
                db.UseNpgsql(services.GetRequiredService<IOptions<CatalogueOptions>>().Value.ConnectionString));
        }
        else
        {
            // WAL pages are copied back into the database file off the ingest thread (decision 0042).
            // Both interceptors are stateless per connection: built once, not for every unit of work.
            builder.Services.AddSingleton<SqliteCommitSignal>();
            builder.Services.AddSingleton(services =>
                new SqliteConnectionPragmas(services.GetRequiredService<IOptions<CatalogueOptions>>().Value.SqliteCacheMiB));
            builder.Services.AddHostedService<SqliteCheckpointer>();
            builder.Services.AddDbContext<CatalogueDbContext>((services, db) => db
                .UseSqlite(services.GetRequiredService<IOptions<CatalogueOptions>>().Value.ConnectionString)
                .AddInterceptors(services.GetRequiredService<SqliteConnectionPragmas>(), services.GetRequiredService<SqliteCommitSignal>()));
        }

        builder.Services.AddCatalogueIngest();
        builder.Services.AddOaiProvider();
        builder.Services.AddClusterSearch();
        builder.Services.AddHealthChecks().AddDbContextCheck<CatalogueDbContext>("catalogue-db")
            .AddCheck<SearchBacklogHealthCheck>("catalogue-search-backlog");

        // Registered before the bus, so migrations finish before the first message is consumed.
        builder.Services.AddHostedService<CatalogueDatabaseInitializer>();
        builder.Services.AddHostedService<ClusterSearchBackfill>();
        builder.Services.AddHostedService<ClusterSearchRefreshService>();

        builder.Services.AddMessagingModule(bus => bus.AddCatalogueConsumers());
        return builder;
    }

    /// <summary>The services the ingest consumers use (one unit of work per message).</summary>
    internal static IServiceCollection AddCatalogueIngest(this IServiceCollection services) => services
        .AddScoped<SourceRecordWriter>()
        .AddScoped<ClusterMaintainer>()
        .AddScoped<RecordChangeIngest>()
        .AddScoped<ItemChangeIngest>()
        .AddScoped<PageIngest>()
        .AddScoped<PageClusterMaintainer>()
        .AddScoped<PageChangeRecorder>();

    /// <summary>The catalogue's consumers: ingest on one ordered endpoint, and the watermark query.</summary>
    internal static void AddCatalogueConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<BibliographicRecordChangedConsumer, CatalogueIngestDefinition<BibliographicRecordChangedConsumer>>();
        bus.AddConsumer<BibliographicRecordsChangedConsumer, CatalogueIngestDefinition<BibliographicRecordsChangedConsumer>>();
        bus.AddConsumer<BibliographicRecordDeletedConsumer, CatalogueIngestDefinition<BibliographicRecordDeletedConsumer>>();
        bus.AddConsumer<HoldingsChangedConsumer, CatalogueIngestDefinition<HoldingsChangedConsumer>>();
        bus.AddConsumer<ItemAvailabilityChangedConsumer, CatalogueIngestDefinition<ItemAvailabilityChangedConsumer>>();
        bus.AddConsumer<ItemsChangedConsumer, CatalogueIngestDefinition<ItemsChangedConsumer>>();
        bus.AddConsumer<HoldingsRemovedConsumer, CatalogueIngestDefinition<HoldingsRemovedConsumer>>();
        bus.AddConsumer<GetIngestWatermarkConsumer>();
    }

    /// <summary>Maps the records API and the OAI-PMH provider (<c>/oai</c>).</summary>
    public static IEndpointRouteBuilder MapCatalogue(this IEndpointRouteBuilder app)
    {
        app.MapRecordsApi().MapProvenanceApi();
        app.MapOai();
        app.MapReconciliationApi();
        app.MapIngestProblemsApi();
        return app;
    }
}
