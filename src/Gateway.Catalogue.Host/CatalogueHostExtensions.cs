using Gateway.Availability;
using Gateway.Availability.Options;
using Gateway.Catalogue.Host.Options;
using Gateway.Messaging;
using Gateway.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gateway.Catalogue.Host;

/// <summary>
/// Wires the catalogue host of the distributed mode: the catalogue (store, ingest consumers, records API, OAI-PMH) and,
/// unless <c>Modules:Availability=false</c>, the availability service beside it (decision 0026): it resolves cluster
/// ids with the catalogue in this process, hears <c>ItemAvailabilityChanged</c> on this process's bus, and asks the
/// adapters' live routes at <c>Availability:AdapterUrls:{vendor}</c> (required here: validated at start-up).
/// </summary>
internal static class CatalogueHostExtensions
{
    /// <summary>The configuration key that turns the availability service off in this host (default on).</summary>
    public const string AvailabilityKey = "Modules:Availability";

    public static WebApplicationBuilder AddCatalogueHost(this WebApplicationBuilder builder)
    {
        builder.AddServiceDefaults();
        builder.AddCatalogue();
        if (HostsAvailability(builder.Configuration))
        {
            builder.AddAvailability();
            builder.Services.AddCatalogueRecordSources();
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AvailabilityOptions>, RemoteAdapterUrlsValidator>());
        }

        builder.AddGatewayMessaging();
        return builder;
    }

    public static WebApplication MapCatalogueHost(this WebApplication app)
    {
        app.UseGatewayErrorHandling();
        app.MapCatalogue();
        if (HostsAvailability(app.Configuration))
        {
            app.MapAvailability();
        }

        app.MapDefaultEndpoints();
        return app;
    }

    private static bool HostsAvailability(IConfiguration configuration) => configuration.GetValue(AvailabilityKey, defaultValue: true);
}
