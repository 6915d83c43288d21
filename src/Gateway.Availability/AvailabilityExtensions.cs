using Gateway.Availability.Adapters;
using Gateway.Availability.Caching;
using Gateway.Availability.Endpoints;
using Gateway.Availability.Fanout;
using Gateway.Availability.Options;
using Gateway.Availability.Resolution;
using Gateway.Messaging;
using Gateway.Systems;
using MassTransit;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Gateway.Availability;

/// <summary>Wires the availability service: options, cache and its bus consumer, adapter client with its pipeline, API.</summary>
public static class AvailabilityExtensions
{
    /// <summary>
    /// Adds the availability service. Record resolution defaults to the registry only (source ids); a host with the
    /// catalogue registers the catalogue's <see cref="IRecordSources"/> as well (it replaces this default).
    /// </summary>
    public static TBuilder AddAvailability<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var services = builder.Services;
        services.AddOptions<AvailabilityOptions>()
            .BindConfiguration(AvailabilityOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AvailabilityOptions>, AvailabilityOptionsValidator>());
        services.AddSystemsRegistry();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRecordSources, RegistryRecordSources>();

        services.AddSingleton<AvailabilityCache>();
        services.AddSingleton<AdapterAddresses>();
        services.AddSingleton<AdapterClient>();
        services.AddAdapterClient();
        services.AddSingleton<InProcessResilience>();
        services.AddSingleton<InProcessAdapterClient>();
        services.AddSingleton<AdapterLookups>();
        services.AddSingleton<SystemAsker>();
        services.AddSingleton<AnswerAssembler>();
        services.AddScoped<AvailabilityService>();
        services.AddMessagingModule(bus => bus.AddConsumer<ItemAvailabilityChangedCacheConsumer, ItemAvailabilityChangedCacheDefinition>());
        return builder;
    }

    /// <summary>Maps <c>GET /api/v1/records/{id}/availability</c> and <c>POST /api/v1/availability</c>.</summary>
    public static IEndpointRouteBuilder MapAvailability(this IEndpointRouteBuilder app) => app.MapAvailabilityApi();
}
