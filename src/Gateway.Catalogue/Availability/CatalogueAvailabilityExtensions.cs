using Gateway.Availability.Resolution;
using Gateway.Catalogue.Availability;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Catalogue;

/// <summary>Lets the availability service resolve records through the catalogue in the same process.</summary>
public static class CatalogueAvailabilityExtensions
{
    /// <summary>Registers the catalogue as the availability service's <see cref="IRecordSources"/> (replacing the registry-only default).</summary>
    public static IServiceCollection AddCatalogueRecordSources(this IServiceCollection services)
    {
        services.Replace(ServiceDescriptor.Scoped<IRecordSources, CatalogueRecordSources>());
        return services;
    }
}
