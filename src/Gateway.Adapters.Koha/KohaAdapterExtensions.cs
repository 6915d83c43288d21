using Gateway.Adapters.Koha.Availability;
using Gateway.Adapters.Koha.Events;
using Gateway.Adapters.Koha.Harvesting;
using Gateway.Adapters.Koha.Inventory;
using Gateway.Adapters.Koha.Options;
using Gateway.Adapters.Koha.State;
using Gateway.Adapters.Koha.Vendor;
using Gateway.Availability.Adapters;
using Gateway.Messaging;
using Gateway.Systems;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Adapters.Koha;

/// <summary>Wires the Koha adapter: options, vendor client, checkpoint store and the harvest worker.</summary>
public static class KohaAdapterExtensions
{
    /// <summary>Adds the Koha adapter for every enabled Koha system in the registry.</summary>
    public static TBuilder AddKohaAdapter<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.AddSystemsRegistry();
        services.AddOptions<KohaAdapterOptions>()
            .BindConfiguration(KohaAdapterOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KohaAdapterOptions>, KohaAdapterOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(KohaApiClient.HttpClientName);
        services.AddKohaLiveRequestPolicy();
        services.AddSingleton<KohaTokenProvider>();
        services.AddSingleton(sp => new KohaApiClient(sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<KohaTokenProvider>(), live: false));
        services.AddSingleton<KohaMarcFetcher>();
        services.AddSingleton<KohaAvailabilityClient>();

        // Live availability: the same client, its requests neither retried nor counted by its circuit breaker (decision 0026).
        services.AddKeyedSingleton(KohaApiClient.Live, (sp, _) =>
            new KohaApiClient(sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<KohaTokenProvider>(), live: true));
        services.AddKeyedSingleton(KohaApiClient.Live, (sp, key) => new KohaAvailabilityClient(sp.GetRequiredKeyedService<KohaApiClient>(key)));
        services.AddSingleton<KohaLiveCallLimiter>();
        services.AddSingleton<KohaLiveAvailability>();
        services.AddSingleton<KohaAvailabilityLookup>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAdapterAvailability, KohaInProcessAvailability>());
        services.AddSingleton<KohaOaiClient>();

        services.AddDbContextFactory<AdapterStateDbContext>((sp, db) =>
            db.UseSqlite(sp.GetRequiredService<IOptions<KohaAdapterOptions>>().Value.StateConnectionString));
        services.AddHostedService<AdapterStateInitializer>();
        services.AddSingleton<CheckpointStore>();
        services.AddSingleton<StartPositionResolver>();
        services.AddSingleton<KohaHarvester>();
        services.AddSingleton<KohaItemHarvester>();
        services.AddSingleton<RemovalLedger>();
        services.AddSingleton<KohaOaiHarvester>();
        services.AddSingleton<HarvestStatusBoard>();
        services.AddSingleton<HarvestTrigger>();
        services.AddHealthChecks().AddCheck<KohaHarvestHealthCheck>("koha-harvest");
        services.AddHostedService<KohaHarvestWorker>();
        services.AddMessagingModule(bus => bus.AddConsumer<KohaSourceInventoryConsumer>());

        return builder;
    }

    /// <summary>
    /// Maps the adapter's HTTP surface: <c>POST /api/v1/vendor-events/{systemId}</c> and live availability
    /// (<c>/api/v1/adapters/{systemId}/availability</c>, internal).
    /// </summary>
    public static IEndpointRouteBuilder MapKohaAdapter(this IEndpointRouteBuilder app)
    {
        app.MapVendorEventsApi();
        app.MapAvailabilityApi();
        return app;
    }
}
