using Gateway.Catalogue.Consolidation;
using Gateway.Catalogue.Options;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Gateway.Catalogue.Oai;

/// <summary>Registers the OAI-PMH provider, the consolidation it serves, and what ingest calls to keep its index.</summary>
internal static class OaiServiceCollectionExtensions
{
    public static IServiceCollection AddOaiProvider(this IServiceCollection services)
    {
        services.AddOptions<OaiOptions>().BindConfiguration(OaiOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.TokenKey) || ResumptionTokenCodec.IsKey(o.TokenKey), "Oai:TokenKey must be base64 of at least 32 bytes.")
            .ValidateOnStart();
        services.AddOptions<ConsolidationOptions>().BindConfiguration(ConsolidationOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ResumptionTokenCodec>();
        services.AddSingleton<Consolidator>();
        services.AddScoped<ClusterChangeRecorder>();
        services.AddScoped<OaiStore>();
        services.AddScoped<OaiLists>();
        services.AddScoped<OaiProvider>();
        return services;
    }
}
