using Gateway.Simulators.Data.Catalogue;
using Gateway.Simulators.Data.Libraries;
using Gateway.Simulators.Koha.Logging;
using Gateway.Simulators.Koha.Options;
using Microsoft.Extensions.Options;

namespace Gateway.Simulators.Koha.State;

/// <summary>Generates the instance's catalogue from its options (once, at start-up).</summary>
internal static class CatalogueFactory
{
    public static SystemCatalogue Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<KohaSimulatorOptions>>().Value;
        var catalogue = SystemCatalogue.Create(new CatalogueOptions
        {
            SystemId = options.SystemId,
            Seed = options.Seed,
            RecordCount = options.RecordCount,
            SharedFraction = options.SharedFraction,
            Anchor = options.Anchor ?? CatalogueOptions.DefaultAnchor,
            Libraries = options.Libraries.Count == 0 ? null : [.. options.Libraries.Select(l => new LibraryInfo(l.Code, l.Name, l.Town))],
        });
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.Simulators.Koha");
        if (logger.IsEnabled(LogLevel.Information))
        {
            var libraries = string.Join(",", catalogue.Libraries.Select(l => l.Code));
            Log.CatalogueReady(logger, catalogue.SystemId, catalogue.Current.Biblios.Count, catalogue.Current.ItemCount, libraries);
        }
        return catalogue;
    }
}
