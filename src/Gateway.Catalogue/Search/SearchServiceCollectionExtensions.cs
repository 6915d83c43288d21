using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Catalogue.Search;

/// <summary>Registers search over clusters: the index (ingest marks clusters, the refresher
/// rebuilds their rows: decision 0030) and the query the records API runs.</summary>
internal static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddClusterSearch(this IServiceCollection services)
    {
        services.AddScoped<ClusterSearchIndexer>();
        services.AddScoped<ClusterSearch>();
        services.AddSingleton<ClusterSearchRefresher>();
        services.AddSingleton<SearchRefreshSignal>();
        return services;
    }
}
