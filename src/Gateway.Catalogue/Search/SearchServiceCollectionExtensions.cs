using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Catalogue.Search;

/// <summary>Registers search over clusters: the index ingest keeps and the query the records API runs.</summary>
internal static class SearchServiceCollectionExtensions
{
    public static IServiceCollection AddClusterSearch(this IServiceCollection services)
    {
        services.AddScoped<ClusterSearchIndexer>();
        services.AddScoped<ClusterSearch>();
        return services;
    }
}
